"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import type { RiskCategory } from "@/lib/filing/types";
import { overrideRiskCategory } from "@/server/actions/override-risk-category";
import { PrimaryButton } from "@/components/ui/button";
import { CATEGORY_CHIP_ATTRIBUTE, READER_SELECTOR } from "@/lib/reader/dom-contract";

interface OpenMenu {
  blockId: string;
  title: string;
  current: RiskCategory;
  overridden: boolean;
  top: number;
  left: number;
}

/**
 * Makes each category chip under `root` a button that opens the menu (the server's HTML is
 * everyone's, so its chips are plain text): a real button, reached by Tab and pressed with
 * Enter or Space.
 */
function chipsAsButtons(root: ParentNode): void {
  for (const chip of root.querySelectorAll<HTMLElement>(`span${READER_SELECTOR.categoryChip}`)) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "risk-chip";
    for (const name of [CATEGORY_CHIP_ATTRIBUTE, "title"]) {
      const value = chip.getAttribute(name);
      if (value !== null) button.setAttribute(name, value);
    }
    button.setAttribute("aria-haspopup", "dialog");
    button.append(...chip.childNodes);
    chip.replaceWith(button);
  }
}

/**
 * The analyst's category override, for a reader who may change categories: clicking a risk
 * factor's category chip opens this menu (one island for the whole filing, listening by event
 * delegation). The choice is stored and wins over the detected category; "Use detected"
 * removes it.
 */
export function RiskCategoryMenu({
  filingSlug,
  categories,
}: {
  filingSlug: string;
  categories: Array<{ label: string; options: Array<{ value: RiskCategory; label: string }> }>;
}) {
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const selectRef = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const article = document.querySelector(READER_SELECTOR.article);
    if (!article) return;
    chipsAsButtons(article);
    // The text is rendered again after a change (a new category, a corrected text): its chips too.
    const observer = new MutationObserver(() => chipsAsButtons(article));
    observer.observe(article, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const chip = (event.target as HTMLElement | null)?.closest<HTMLElement>(
        `button${READER_SELECTOR.categoryChip}`,
      );
      if (!chip) return;
      const heading = chip.closest<HTMLElement>(READER_SELECTOR.riskTitle);
      if (!heading) return;
      const rect = chip.getBoundingClientRect();
      opener.current = chip;
      setMessage(null);
      setMenu({
        blockId: heading.id,
        title: heading.querySelector(READER_SELECTOR.blockText)?.textContent ?? "",
        current: heading.dataset.category as RiskCategory,
        overridden: heading.hasAttribute("data-overridden"),
        top: Math.min(rect.bottom + 6, window.innerHeight - 220),
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 300)),
      });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    if (menu) selectRef.current?.focus();
  }, [menu]);

  const close = () => {
    setMenu(null);
    opener.current?.focus();
  };

  const save = (category: RiskCategory | null) => {
    if (!menu) return;
    startSaving(async () => {
      const result = await overrideRiskCategory({ filingSlug, blockId: menu.blockId, category }).catch(
        () => null,
      );
      if (result?.ok) close();
      else setMessage(result && !result.ok ? result.message : "The category could not be saved. Try again.");
    });
  };

  if (!menu) return null;
  return (
    <div
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => event.key === "Escape" && close()}
      className="no-print fixed z-50 w-72 space-y-3 rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-xl dark:border-stone-700 dark:bg-stone-900"
      style={{ top: menu.top, left: menu.left }}
    >
      <h2 id={titleId} className="font-semibold">
        Category of this risk factor
      </h2>
      <p className="line-clamp-2 text-xs text-stone-600 dark:text-stone-400">{menu.title}</p>
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          save((selectRef.current?.value as RiskCategory) ?? null);
        }}
      >
        <label className="sr-only" htmlFor={`${titleId}-select`}>
          Category
        </label>
        <select
          id={`${titleId}-select`}
          ref={selectRef}
          defaultValue={menu.current}
          className="w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-950"
        >
          {categories.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((category) => (
                <option key={category.value} value={category.value}>
                  {category.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <div className="flex flex-wrap gap-2">
          <PrimaryButton type="submit" disabled={saving}>
            {saving ? "Saving…" : "Save"}
          </PrimaryButton>
          {menu.overridden && (
            <button
              type="button"
              disabled={saving}
              onClick={() => save(null)}
              className="rounded-md border border-stone-300 px-3 py-1.5 dark:border-stone-700"
            >
              Use detected
            </button>
          )}
          <button
            type="button"
            onClick={close}
            className="ml-auto px-2 py-1.5 text-stone-600 underline dark:text-stone-400"
          >
            Cancel
          </button>
        </div>
      </form>
      <p aria-live="polite" className="text-red-700 dark:text-red-400">
        {message}
      </p>
    </div>
  );
}
