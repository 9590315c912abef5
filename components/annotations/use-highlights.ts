"use client";

import { useEffect, useRef } from "react";
import { HighlightPainter } from "./highlight-painter";
import { offsetsToRanges, pointToOffset } from "./text-offsets";
import type { PendingPassage } from "./note-changes";
import type { ReaderAnnotation } from "./types";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";

const highlightName = (label: string) => `annotation-${label.toLowerCase().replace(/[^a-z0-9]/g, "")}`;

/**
 * The notes' highlights in the filing text (CSS Custom Highlight API, painted incrementally),
 * the open note's outline, a selection link's passage, and a click on a highlight opening its
 * note (each click on overlapping ones the next).
 */
export function useHighlights({
  anchored,
  pending,
  openId,
  onOpen,
  sharedSelection,
}: {
  /** The anchored notes, in any order. */
  anchored: ReaderAnnotation[];
  /** Passages whose notes are being saved: painted like notes, opening nothing yet. */
  pending: PendingPassage[];
  openId: string | null;
  onOpen: (id: string) => void;
  sharedSelection: { start: number; end: number } | "missing" | null;
}) {
  // Paint the highlights (incrementally: see HighlightPainter); the open one also gets an outline.
  const painter = useRef<HighlightPainter | null>(null);
  useEffect(() => {
    if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const root = document.querySelector(READER_SELECTOR.filingText);
    if (!root) return;
    painter.current ??= new HighlightPainter();
    painter.current.paint(
      root,
      anchored
        .flatMap((annotation) =>
          annotation.anchor.status === "anchored"
            ? [
                {
                  id: annotation.id,
                  start: annotation.anchor.start,
                  end: annotation.anchor.end,
                  name: highlightName(annotation.label),
                },
              ]
            : [],
        )
        .concat(
          pending.map((passage) => ({
            id: passage.id,
            start: passage.start,
            end: passage.end,
            name: highlightName(passage.label),
          })),
        ),
    );
  }, [anchored, pending]);
  useEffect(() => () => painter.current?.dispose(), []);
  useEffect(() => {
    if (typeof CSS === "undefined" || !("highlights" in CSS) || !painter.current) return;
    CSS.highlights.set("annotation-active", new Highlight(...painter.current.rangesOf(openId)));
    return () => void CSS.highlights.delete("annotation-active");
  }, [anchored, openId]);

  // A selection link's passage: highlighted and scrolled into view once.
  useEffect(() => {
    if (!sharedSelection || sharedSelection === "missing") return;
    const root = document.querySelector(READER_SELECTOR.filingText);
    if (!root || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const ranges = offsetsToRanges(root, sharedSelection.start, sharedSelection.end);
    CSS.highlights.set("shared-selection", new Highlight(...ranges));
    ranges[0]?.startContainer.parentElement
      ?.closest(READER_SELECTOR.block)
      ?.scrollIntoView({ block: "center" });
    return () => void CSS.highlights.delete("shared-selection");
  }, [sharedSelection]);

  // Clicking a highlight opens its thread.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (document.getSelection()?.isCollapsed === false) return;
      const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
      if (!caret) return;
      const offset = pointToOffset(caret.offsetNode, caret.offset);
      if (offset === null) return;
      const hit = anchored.filter(
        (a) => a.anchor.status === "anchored" && a.anchor.start <= offset && offset < a.anchor.end,
      );
      if (hit.length === 0) return;
      // Overlapping highlights: each click moves to the next one under the pointer.
      const index = hit.findIndex((a) => a.id === openId);
      const next = hit[(index + 1) % hit.length]!;
      onOpen(next.id);
    };
    document.querySelector(READER_SELECTOR.filingText)?.addEventListener("click", onClick as EventListener);
    return () =>
      document
        .querySelector(READER_SELECTOR.filingText)
        ?.removeEventListener("click", onClick as EventListener);
  }, [anchored, openId, onOpen]);
}
