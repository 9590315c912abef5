"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { offsetsToRanges } from "./text-offsets";
import { noteStarts } from "./highlight-tops";
import type { ReaderAnnotation } from "./types";
import { useHighlightTops } from "./use-highlight-tops";
import { countAbove, layoutMarginCards, placementsBetween } from "@/lib/annotations/margin-layout";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";
import { count } from "@/lib/text/count";

/** The measure of each pass deciding which cards are on screen (read by the bench and e2e). */
const MEASURE_LAYOUT = "marginalia:margin-layout";
/** A collapsed card's height before it is measured. */
const CARD_ESTIMATE = 96;
const GAP = 8;
/**
 * Up to this many notes every card is rendered (the browser's find, a screen reader and the
 * keyboard reach them all); past it, only the cards near the screen.
 */
const RENDER_ALL_UP_TO = 200;

/** How a card is placed in the margin: given to `renderCard`. */
export interface MarginCardPlace {
  style: CSSProperties;
  cardRef: (element: HTMLLIElement | null) => (() => void) | void;
}

/**
 * The notes in the margin beside the filing, as Google Docs and Hypothesis show them: each
 * card level with its passage, pushed down by the card above when they would overlap, the
 * open one at its passage (the cards above it pushed up). Past RENDER_ALL_UP_TO notes only the
 * cards near the screen are rendered (a filing may carry thousands); the others keep their
 * place by their measured or estimated height. A dot marks each passage's line when its card was pushed away from it,
 * and the bar on top counts the notes above and below the screen and goes to the nearest.
 */
export function MarginNotes({
  notes,
  openId,
  renderCard,
}: {
  /** The anchored notes to show, in any order. */
  notes: ReaderAnnotation[];
  openId: string | null;
  renderCard: (annotation: ReaderAnnotation, place: MarginCardPlace) => ReactNode;
}) {
  const frame = useRef<HTMLOListElement>(null);
  const starts = useMemo(() => noteStarts(notes), [notes]);
  const byId = useMemo(() => new Map(notes.map((note) => [note.id, note])), [notes]);
  const tops = useHighlightTops(frame, starts, true);

  // Each rendered card's height, measured as it renders and whenever it changes (opened,
  // a reply added); cards not rendered yet keep an estimate.
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [observer] = useState(() =>
    typeof ResizeObserver === "undefined"
      ? null
      : new ResizeObserver((entries) =>
          setHeights((current) => {
            let next: Map<string, number> | null = null;
            for (const entry of entries) {
              const id = (entry.target as HTMLElement).dataset.noteId;
              const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
              if (!id || height === 0 || Math.abs((current.get(id) ?? -1) - height) < 0.5) continue;
              next ??= new Map(current);
              next.set(id, height);
            }
            return next ?? current;
          }),
        ),
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  const placements = useMemo(() => {
    if (!tops) return [];
    return layoutMarginCards(
      starts.flatMap((note) => {
        const top = tops.get(note.id);
        return top === undefined ? [] : [{ id: note.id, top, height: heights.get(note.id) ?? CARD_ESTIMATE }];
      }),
      { gap: GAP, activeId: openId },
    );
  }, [tops, starts, openId, heights]);

  // Which cards are near the screen, and how many notes are above and below it: worked out
  // on scroll, once per frame, by binary search (the cards are in order and do not overlap).
  const [view, setView] = useState({ first: 0, last: 0, above: 0, below: 0 });
  const [focusedId, setFocusedId] = useState<string | null>(null);
  useEffect(() => {
    let request = 0;
    const update = () => {
      request = 0;
      const started = performance.now();
      const box = frame.current?.getBoundingClientRect();
      if (!box) return;
      const viewTop = -box.top;
      const viewBottom = viewTop + window.innerHeight;
      const overscan = window.innerHeight / 2;
      const { first, last } = placementsBetween(placements, viewTop - overscan, viewBottom + overscan);
      const above = countAbove(placements, viewTop);
      const below = placements.length - countAbove(placements, viewBottom);
      setView((current) =>
        current.first === first && current.last === last && current.above === above && current.below === below
          ? current
          : { first, last, above, below },
      );
      performance.measure(MEASURE_LAYOUT, { start: started, end: performance.now() });
    };
    const onScroll = () => {
      request ||= window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      window.cancelAnimationFrame(request);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
    };
  }, [placements]);

  const shown =
    placements.length <= RENDER_ALL_UP_TO ? [...placements] : placements.slice(view.first, view.last);
  // The open card and a card holding the keyboard focus stay rendered when scrolled away.
  for (const id of [openId, focusedId]) {
    const kept = id ? placements.find((card) => card.id === id) : undefined;
    if (kept && !shown.includes(kept)) shown.push(kept);
  }
  const last = placements.at(-1);
  const height = last ? last.y + last.height + GAP : 0;

  const goTo = useCallback(
    (direction: "above" | "below") => {
      const box = frame.current?.getBoundingClientRect();
      if (!box) return;
      const edge = direction === "above" ? -box.top : -box.top + window.innerHeight;
      const index = countAbove(placements, edge) - (direction === "above" ? 1 : 0);
      const target = placements[index];
      const annotation = target ? byId.get(target.id) : undefined;
      // The passage's own line a third of the way down (its block may be taller than the screen,
      // so centring the block could leave the passage off it).
      const root = document.querySelector(READER_SELECTOR.filingText);
      if (!annotation || annotation.anchor.status !== "anchored" || !root) return;
      const { start, end } = annotation.anchor;
      const line = offsetsToRanges(root, start, Math.min(end, start + 1))[0]?.getBoundingClientRect();
      if (line) window.scrollBy({ top: line.top - window.innerHeight / 3, behavior: "instant" });
    },
    [placements, byId],
  );

  return (
    <div className="relative">
      <div className="sticky top-0 z-20 -mx-1 flex justify-between gap-2 bg-stone-50/95 px-1 py-1 text-xs dark:bg-stone-950/95">
        <MarginJump direction="above" count={view.above} onJump={goTo} />
        <MarginJump direction="below" count={view.below} onJump={goTo} />
      </div>
      <ol
        ref={frame}
        aria-label="Notes beside their passages"
        data-margin-notes
        className="relative"
        style={{ height }}
        onFocus={(event) =>
          setFocusedId(
            (event.target as HTMLElement).closest<HTMLElement>("[data-note-id]")?.dataset.noteId ?? null,
          )
        }
      >
        {shown.map((card) => {
          const annotation = byId.get(card.id);
          if (!annotation) return null;
          return renderCard(annotation, {
            style: {
              position: "absolute",
              top: card.y,
              left: "0.75rem",
              right: 0,
              zIndex: card.id === openId ? 10 : undefined,
            },
            cardRef: (element) => {
              if (!element || !observer) return;
              observer.observe(element);
              return () => observer.unobserve(element);
            },
          });
        })}
        {shown.map((card) =>
          Math.abs(card.y - card.top) > 4 ? (
            <li
              key={`dot-${card.id}`}
              aria-hidden
              data-margin-dot
              className="pointer-events-none absolute left-0 size-2 rounded-full"
              style={{ top: card.top + 6, background: byId.get(card.id)?.colour }}
            />
          ) : null,
        )}
      </ol>
    </div>
  );
}

/** "↑ 3 notes above": goes to the nearest note off the screen that way. */
function MarginJump({
  direction,
  count: notes,
  onJump,
}: {
  direction: "above" | "below";
  count: number;
  onJump: (direction: "above" | "below") => void;
}) {
  if (notes === 0) return <span />;
  return (
    <button
      type="button"
      onClick={() => onJump(direction)}
      className="rounded-full border border-stone-300 bg-white px-2 py-0.5 font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-300 dark:hover:bg-stone-800"
    >
      <span aria-hidden>{direction === "above" ? "↑ " : "↓ "}</span>
      {count(notes, "note", "notes")} {direction}
    </button>
  );
}
