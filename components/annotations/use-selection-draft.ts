"use client";

import { useEffect, useState } from "react";
import type { Draft } from "./annotate-popover";
import { offsetsToRanges, selectionToRange, textBetween } from "./text-offsets";
import { READER_CLASS, READER_SELECTOR, figureStartOf } from "@/lib/reader/dom-contract";

/** The quote and ~32 characters of context around [start, end), read from the rendered text. */
function quoteContext(start: number, end: number): { exact: string; prefix: string; suffix: string } {
  const root = document.querySelector(READER_SELECTOR.filingText);
  if (!root) return { exact: "", prefix: "", suffix: "" };
  const read = (from: number, to: number) => textBetween(root, from, to);
  return {
    exact: read(start, end),
    prefix: read(start - 32, start).slice(-32),
    suffix: read(end, end + 32).slice(0, 32),
  };
}

/** How long a selection must stay unchanged before a phone's handle-made selection is offered. */
const SELECTION_SETTLE_MS = 400;

/**
 * The passage the reader is about to annotate: a selection in the filing text (mouse, touch,
 * keyboard, or a phone's handles), an "Annotate" button on a risk title, or "n" on a figure
 * (those two when signed in). Kept highlighted while the popover has focus.
 */
export function useSelectionDraft(signedIn: boolean) {
  const [draft, setDraft] = useState<Draft | null>(null);

  // While the popover is open the passage stays visibly selected, though focus moves into
  // the note field (which clears the browser's own selection highlight).
  useEffect(() => {
    if (!draft) return;
    const root = document.querySelector(READER_SELECTOR.filingText);
    if (!root || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const ranges = offsetsToRanges(root, draft.start, draft.end);
    CSS.highlights.set("annotation-draft", new Highlight(...ranges));
    return () => void CSS.highlights.delete("annotation-draft");
  }, [draft]);

  // Offer to annotate a selection inside the filing text (mouse, touch or keyboard).
  useEffect(() => {
    const update = () => {
      const selection = document.getSelection();
      const range = selection ? selectionToRange(selection) : null;
      if (!range || !selection) return setDraft(null);
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setDraft({
        ...range,
        ...quoteContext(range.start, range.end),
        top: Math.min(rect.bottom + 8, window.innerHeight - 320),
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 340)),
      });
    };
    const onPointerUp = (event: Event) => {
      // Clicks in the popover, or on a control that opens it, are not selections.
      if (
        (event.target as HTMLElement | null)?.closest(
          `[data-annotation-popover], ${READER_SELECTOR.annotateRisk}`,
        )
      )
        return;
      window.setTimeout(update, 0);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement | null)?.closest("[data-annotation-popover]")) return;
      if (event.shiftKey || event.key.startsWith("Arrow")) update();
    };
    // Phones adjust a selection with handles, which fire only selectionchange: offer to
    // annotate once it has settled, unless a button is still down or the popover has focus.
    let pointerDown = false;
    let settle: number | undefined;
    const onPointerDown = () => void (pointerDown = true);
    const onPointerRelease = () => void (pointerDown = false);
    const onSelectionChange = () => {
      window.clearTimeout(settle);
      settle = window.setTimeout(() => {
        const selection = document.getSelection();
        if (pointerDown || !selection || selection.isCollapsed) return;
        if (document.activeElement?.closest("[data-annotation-popover]")) return;
        update();
      }, SELECTION_SETTLE_MS);
    };
    const listeners = [
      ["mouseup", onPointerUp],
      ["touchend", onPointerUp],
      ["keyup", onKeyUp],
      ["pointerdown", onPointerDown],
      ["pointerup", onPointerRelease],
      ["pointercancel", onPointerRelease],
      ["selectionchange", onSelectionChange],
    ] as const;
    for (const [type, listener] of listeners) document.addEventListener(type, listener as EventListener);
    return () => {
      window.clearTimeout(settle);
      for (const [type, listener] of listeners) document.removeEventListener(type, listener as EventListener);
    };
  }, []);

  // "Annotate this risk factor" buttons, and "n" on a focused figure, open the popover on them.
  useEffect(() => {
    if (!signedIn) return;
    const open = (element: HTMLElement, start: number, end: number) => {
      const rect = element.getBoundingClientRect();
      setDraft({
        start,
        end,
        ...quoteContext(start, end),
        top: Math.min(rect.bottom + 8, window.innerHeight - 320),
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 340)),
      });
    };
    const onClick = (event: MouseEvent) => {
      const button = (event.target as HTMLElement | null)?.closest<HTMLElement>(READER_SELECTOR.annotateRisk);
      if (!button) return;
      const title = button
        .closest<HTMLElement>(READER_SELECTOR.riskTitle)
        ?.querySelector<HTMLElement>(READER_SELECTOR.blockText);
      if (!title) return;
      const start = Number(title.dataset.start);
      open(title, start, start + (title.textContent ?? "").length);
    };
    const onKey = (event: KeyboardEvent) => {
      const figure = event.target as HTMLElement | null;
      const start = figure?.classList.contains(READER_CLASS.figure) ? figureStartOf(figure.id) : null;
      if (event.key !== "n" || !figure || start === null) return;
      event.preventDefault();
      open(figure, start, start + (figure.textContent ?? "").length);
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
    };
  }, [signedIn]);

  return [draft, setDraft] as const;
}
