import { offsetsToRanges } from "./text-offsets";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";

/** What the annotate popover shows it for: the selection's offsets, quote, and where it sits. */
export interface Draft {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  top: number;
  left: number;
}

/**
 * A link that opens the filing at a quoted passage (a W3C TextQuoteSelector in the URL), found
 * again by the same anchoring as annotations even if the text has changed since.
 */
export function selectionLink(filingSlug: string, exact: string, prefix: string, suffix: string): string {
  const url = new URL(`/filings/${filingSlug}`, window.location.origin);
  url.searchParams.set("quote", exact);
  if (prefix) url.searchParams.set("prefix", prefix);
  if (suffix) url.searchParams.set("suffix", suffix);
  return url.toString();
}

/**
 * The annotate popover sits under the selection; on a phone it is a sheet along the bottom of
 * the screen (full width, scrolling inside when the keyboard leaves little room).
 */
export const POPOVER_PLACEMENT =
  // Fixed below the selection, never past the viewport's bottom (it scrolls inside instead).
  "no-print fixed z-50 max-h-[calc(100dvh-var(--popover-top)-0.5rem)] overflow-y-auto top-(--popover-top) left-(--popover-left) " +
  "max-sm:max-h-[calc(100dvh-1rem)] max-sm:top-auto max-sm:bottom-2 max-sm:left-2 max-sm:right-2 max-sm:w-auto";
/** The popover's place under the selection, as CSS variables POPOVER_PLACEMENT reads. */
export const popoverPosition = (draft: { top: number; left: number }) =>
  ({ "--popover-top": `${draft.top}px`, "--popover-left": `${draft.left}px` }) as React.CSSProperties;

/**
 * On a phone the popover is a sheet along the bottom: scrolls the passage above it, so the
 * reader sees what they are annotating. Run by the popover once shown (after layout);
 * returns the cancel.
 */
export function liftPassageAboveSheet(draft: Draft): () => void {
  const frame = window.requestAnimationFrame(() => {
    if (!window.matchMedia("(max-width: 639px)").matches) return;
    const root = document.querySelector(READER_SELECTOR.filingText);
    const sheet = document.querySelector("[data-annotation-popover]")?.getBoundingClientRect();
    const passage = root
      ? offsetsToRanges(root, draft.start, draft.end).at(-1)?.getBoundingClientRect()
      : null;
    if (!sheet || !passage) return;
    const overlap = passage.bottom - (sheet.top - 12);
    if (overlap > 0) window.scrollBy({ top: overlap });
  });
  return () => window.cancelAnimationFrame(frame);
}
