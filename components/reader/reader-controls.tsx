"use client";

import { useCallback, useEffect, useState } from "react";
import { flash, hashTarget, scrollToTarget } from "./navigate";
import { tableToTsv } from "./table-tsv";
import { READER_CLASS, READER_SELECTOR } from "@/lib/reader/dom-contract";
import { useHydrated } from "@/components/ui/use-hydrated";

export interface ToggleOption {
  /** Token in the article's data-hide attribute and in the URL, e.g. "grp-market-macro", "fig-money". */
  token: string;
  label: string;
  colour?: string;
}

/**
 * The reader's one client island for the text: highlight toggles (state in the URL's `hide`
 * parameter, so a shared link reproduces it), keyboard shortcuts (j/k, g/G, ?), and "copy
 * link" on risk factors. It acts on the server-rendered article through attributes and event
 * delegation, never re-rendering the text.
 */
/** Moves the figures' one tab stop to `next` and focuses it. */
function moveFigureStop(from: HTMLElement, next: HTMLElement): void {
  from.setAttribute("tabindex", "-1");
  next.setAttribute("tabindex", "0");
  next.focus();
}

export function ReaderControls({
  categories,
  figureKinds,
  initialHidden,
}: {
  categories: ToggleOption[];
  figureKinds: ToggleOption[];
  initialHidden: string[];
}) {
  const [hidden, setHidden] = useState<Set<string>>(() => new Set(initialHidden));
  const [showHelp, setShowHelp] = useState(false);
  const [toast, setToast] = useState<string | null>(null);

  const toggle = useCallback((token: string) => {
    setHidden((previous) => {
      const next = new Set(previous);
      if (next.has(token)) next.delete(token);
      else next.add(token);
      return next;
    });
  }, []);

  // Reflect the toggles on the article and in the URL (replaceState keeps history clean).
  useEffect(() => {
    const value = [...hidden].sort().join(" ");
    document.querySelector("[data-reader-article]")?.setAttribute("data-hide", value);
    const url = new URL(window.location.href);
    if (value) url.searchParams.set("hide", [...hidden].sort().join(","));
    else url.searchParams.delete("hide");
    window.history.replaceState(window.history.state, "", url);
  }, [hidden]);

  // Every jump within the filing — a #fragment on arrival (also after a client-side
  // navigation, which neither sets :target nor scrolls), back/forward, an outline or in-text
  // link, j/k — lands through scrollToTarget: long filings lay out lazily, so the browser's own
  // jump lands where estimated heights say, not on the target.
  useEffect(() => {
    const reveal = () => {
      const element = hashTarget(window.location.hash);
      if (!element) return;
      void scrollToTarget(element);
      flash(element);
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[href^="#"]');
      const href = link?.getAttribute("href");
      if (!link || !href || link.hasAttribute("data-copy-link") || !hashTarget(href)) return;
      event.preventDefault();
      // The same hash again fires no hashchange: reveal it ourselves.
      if (window.location.hash === href) reveal();
      else window.location.hash = href;
    };
    reveal();
    window.addEventListener("hashchange", reveal);
    document.addEventListener("click", onClick);
    return () => {
      window.removeEventListener("hashchange", reveal);
      document.removeEventListener("click", onClick);
    };
  }, []);

  useEffect(() => {
    const riskTitles = () => Array.from(document.querySelectorAll<HTMLElement>(READER_SELECTOR.riskTitle));
    const jump = (element: HTMLElement | undefined) => {
      if (!element) return;
      // Through the URL hash so back/forward and :target (the flash) work like a link.
      window.location.hash = element.id;
      element.focus({ preventScroll: true });
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      // Figures: one tab stop, arrow keys move along them (a roving tabindex).
      if (
        target?.classList.contains(READER_CLASS.figure) &&
        /^Arrow(Right|Down|Left|Up)$|^Home$|^End$/.test(event.key)
      ) {
        const figures = Array.from(
          document.querySelectorAll<HTMLElement>(`${READER_SELECTOR.filingText} ${READER_SELECTOR.figure}`),
        );
        const at = figures.indexOf(target);
        const to =
          event.key === "Home"
            ? 0
            : event.key === "End"
              ? figures.length - 1
              : at + (/Right|Down/.test(event.key) ? 1 : -1);
        const next = figures[Math.max(0, Math.min(figures.length - 1, to))];
        if (next && next !== target) moveFigureStop(target, next);
        event.preventDefault();
        return;
      }
      if (event.shiftKey === false && event.key === "f") {
        // The first figure below the top of the window.
        const next = Array.from(
          document.querySelectorAll<HTMLElement>(`${READER_SELECTOR.filingText} ${READER_SELECTOR.figure}`),
        ).find((figure) => figure.getBoundingClientRect().top > 80);
        const current = document.querySelector<HTMLElement>(
          `${READER_SELECTOR.filingText} ${READER_SELECTOR.figure}[tabindex="0"]`,
        );
        if (next) moveFigureStop(current ?? next, next);
        event.preventDefault();
        return;
      }
      const titles = riskTitles();
      const current = titles.findIndex((title) => title.getBoundingClientRect().top > 90);
      if (event.key === "j") {
        const next = current === -1 ? undefined : titles[current];
        jump(next && next.getBoundingClientRect().top < 110 ? titles[current + 1] : next);
      } else if (event.key === "k") {
        const before = titles.filter((title) => title.getBoundingClientRect().top < 70);
        jump(before.at(-1));
      } else if (event.key === "g") window.scrollTo({ top: 0 });
      else if (event.key === "G") window.scrollTo({ top: document.body.scrollHeight });
      else if (event.key === "?") setShowHelp((open) => !open);
      else if (event.key === "Escape") setShowHelp(false);
      else return;
      event.preventDefault();
    };
    const onClick = async (event: MouseEvent) => {
      const tableButton = (event.target as HTMLElement | null)?.closest<HTMLButtonElement>(
        "button[data-copy-table]",
      );
      const table = tableButton?.closest("figure")?.querySelector("table");
      if (table) {
        try {
          await navigator.clipboard.writeText(tableToTsv(table));
          setToast("Table copied as TSV");
        } catch {
          setToast("The clipboard is not available here");
        }
        return;
      }
      const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>("a[data-copy-link]");
      if (!link) return;
      const url = new URL(link.getAttribute("href") ?? "", window.location.href).toString();
      try {
        await navigator.clipboard.writeText(url);
        setToast("Link copied");
      } catch {
        setToast("Copy this link from the address bar");
      }
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, []);

  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), 2500);
    return () => window.clearTimeout(timer);
  }, [toast]);

  return (
    <>
      <details className="no-print group rounded-lg border border-stone-200 bg-white text-sm dark:border-stone-800 dark:bg-stone-900">
        <summary className="cursor-pointer select-none px-3 py-2 font-medium">Highlights</summary>
        <div className="space-y-3 px-3 pb-3">
          <ToggleGroup legend="Risk groups" options={categories} hidden={hidden} onToggle={toggle} />
          <ToggleGroup legend="Figures" options={figureKinds} hidden={hidden} onToggle={toggle} />
        </div>
      </details>
      <div aria-live="polite" className="no-print fixed bottom-4 left-1/2 z-50 -translate-x-1/2">
        {toast && (
          <p className="rounded-md bg-stone-900 px-3 py-2 text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900">
            {toast}
          </p>
        )}
      </div>
      {showHelp && (
        <div
          role="dialog"
          aria-modal="false"
          aria-labelledby="shortcuts-title"
          className="no-print fixed bottom-4 right-4 z-50 w-72 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-xl dark:border-stone-700 dark:bg-stone-900"
        >
          <h2 id="shortcuts-title" className="mb-2 font-semibold">
            Keyboard shortcuts
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt>
              <kbd>j</kbd> / <kbd>k</kbd>
            </dt>
            <dd>next / previous risk factor</dd>
            <dt>
              <kbd>g</kbd> / <kbd>G</kbd>
            </dt>
            <dd>top / bottom</dd>
            <dt>
              <kbd>?</kbd>
            </dt>
            <dd>show or hide this help</dd>
            <dt>
              <kbd>f</kbd>
            </dt>
            <dd>focus the next figure on screen</dd>
            <dt>
              <kbd>←</kbd> / <kbd>→</kbd>
            </dt>
            <dd>previous / next figure (when one has focus)</dd>
            <dt>
              <kbd>n</kbd>
            </dt>
            <dd>annotate the focused figure</dd>
          </dl>
          <button
            type="button"
            onClick={() => setShowHelp(false)}
            className="mt-3 text-stone-600 underline dark:text-stone-300"
          >
            Close
          </button>
        </div>
      )}
    </>
  );
}

function ToggleGroup({
  legend,
  options,
  hidden,
  onToggle,
}: {
  legend: string;
  options: ToggleOption[];
  hidden: Set<string>;
  onToggle: (token: string) => void;
}) {
  const hydrated = useHydrated();
  if (options.length === 0) return null;
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
        {legend}
      </legend>
      <div className="flex flex-wrap gap-1.5">
        {options.map((option) => {
          const shown = !hidden.has(option.token);
          return (
            <button
              key={option.token}
              type="button"
              aria-pressed={shown}
              disabled={!hydrated}
              onClick={() => onToggle(option.token)}
              className="inline-flex items-center gap-1.5 rounded-full border border-stone-300 px-2.5 py-0.5 text-xs aria-pressed:border-stone-500 aria-pressed:bg-stone-100 dark:border-stone-700 dark:aria-pressed:border-stone-400 dark:aria-pressed:bg-stone-800"
            >
              {option.colour && (
                <span
                  aria-hidden
                  className="size-2.5 rounded-full"
                  style={{
                    background: shown ? option.colour : "transparent",
                    outline: `1.5px solid ${option.colour}`,
                  }}
                />
              )}
              {option.label}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
