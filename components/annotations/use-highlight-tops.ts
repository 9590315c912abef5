"use client";

import { useEffect, useMemo, useState, type RefObject } from "react";
import { measureHighlightTops, type NoteStart } from "./highlight-tops";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";

/**
 * The top of each note's passage relative to `frame`, measured again whenever the notes
 * change or the text moves: the article resized (its header grew, the window narrowed, fonts
 * arrived), or a part of a long filing was laid out as it came near the screen. Null until
 * first measured. Measures in an animation frame, at most once per frame.
 */
export function useHighlightTops(
  frame: RefObject<HTMLElement | null>,
  notes: readonly NoteStart[],
  enabled: boolean,
): Map<string, number> | null {
  const [tops, setTops] = useState<Map<string, number> | null>(null);
  // Re-measured when a note is added, removed or moved, not when a reply changes a card.
  const key = useMemo(() => notes.map((note) => `${note.id}:${note.start}`).join(","), [notes]);
  const latest = useMemo(() => ({ notes }), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const root = document.querySelector(READER_SELECTOR.filingText);
    const article = root?.closest("article") ?? root;
    if (!enabled || !root || !article) return;
    let frameRequest = 0;
    const measure = () => {
      if (frameRequest) return;
      frameRequest = window.requestAnimationFrame(() => {
        frameRequest = 0;
        if (frame.current) setTops(measureHighlightTops(root, frame.current, latest.notes));
      });
    };
    measure();
    const resizes = new ResizeObserver(measure);
    resizes.observe(article);
    // What sits above the frame (the panel's header) moves it when it grows.
    const above = frame.current?.previousElementSibling;
    if (above) resizes.observe(above);
    // Not bubbling, so listened for on the way down (capture).
    root.addEventListener("contentvisibilityautostatechange", measure, { capture: true });
    window.addEventListener("resize", measure);
    void document.fonts?.ready.then(measure);
    return () => {
      window.cancelAnimationFrame(frameRequest);
      resizes.disconnect();
      root.removeEventListener("contentvisibilityautostatechange", measure, { capture: true });
      window.removeEventListener("resize", measure);
    };
  }, [frame, latest, enabled]);
  return enabled ? tops : null;
}
