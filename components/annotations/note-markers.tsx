"use client";

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { noteStarts } from "./highlight-tops";
import type { ReaderAnnotation } from "./types";
import { useHighlightTops } from "./use-highlight-tops";
import { countAbove } from "@/lib/annotations/margin-layout";
import { NOTE_MARKERS_ATTRIBUTE } from "@/lib/reader/dom-contract";

const noChanges = () => () => {};

/** Notes whose passages start within this many pixels share one marker. */
const LINE = 24;

/**
 * Below the width where notes sit in a margin beside the text (phones, tablets, narrow
 * windows): a marker at the right edge of the text on each line where notes start. Tapping
 * it opens the first of them (in the note sheet). A pointer convenience: keyboard and screen
 * reader users have the notes list, so the markers are not tab stops. Only the markers near
 * the screen are rendered.
 */
export function NoteMarkers({
  notes,
  openId,
  onOpen,
}: {
  notes: ReaderAnnotation[];
  openId: string | null;
  onOpen: (id: string) => void;
}) {
  // The markers' layer lies along the article's right edge, in the page's padding (rendered
  // with the page).
  const layer = useSyncExternalStore(
    noChanges,
    () => document.querySelector<HTMLElement>(`[${NOTE_MARKERS_ATTRIBUTE}]`),
    () => null,
  );
  const frame = useMemo(() => ({ current: layer }), [layer]);
  const starts = useMemo(() => noteStarts(notes), [notes]);
  const tops = useHighlightTops(frame, starts, layer !== null);
  const byId = useMemo(() => new Map(notes.map((note) => [note.id, note])), [notes]);
  // One marker per line, in order of the text.
  const lines = useMemo(() => {
    const sorted = [...(tops?.entries() ?? [])].sort((a, b) => a[1] - b[1]);
    const grouped: Array<{ top: number; ids: string[] }> = [];
    for (const [id, top] of sorted) {
      const line = grouped.at(-1);
      if (line && top - line.top < LINE) line.ids.push(id);
      else grouped.push({ top, ids: [id] });
    }
    return grouped;
  }, [tops]);

  const [window_, setWindow] = useState({ first: 0, last: 0 });
  useEffect(() => {
    if (!layer) return;
    let request = 0;
    const update = () => {
      request = 0;
      const viewTop = -layer.getBoundingClientRect().top - window.innerHeight;
      const viewBottom = viewTop + 3 * window.innerHeight;
      const first = countAbove(lines, viewTop);
      const last = countAbove(lines, viewBottom);
      setWindow((current) => (current.first === first && current.last === last ? current : { first, last }));
    };
    const onScroll = () => {
      request ||= window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.cancelAnimationFrame(request);
      window.removeEventListener("scroll", onScroll);
    };
  }, [layer, lines]);

  if (!layer) return null;
  return createPortal(
    lines.slice(window_.first, window_.last).map((line) => {
      const first = byId.get(line.ids[0]!);
      const open = openId !== null && line.ids.includes(openId);
      return (
        <button
          key={line.ids[0]}
          type="button"
          tabIndex={-1}
          aria-hidden
          data-note-marker={line.ids.join(" ")}
          title={line.ids.length > 1 ? `${line.ids.length} notes` : `${first?.label ?? "Note"}: open`}
          onClick={() => {
            // Several notes on one line: each tap opens the next.
            const index = openId ? line.ids.indexOf(openId) : -1;
            onOpen(line.ids[(index + 1) % line.ids.length]!);
          }}
          className="pointer-events-auto absolute right-0 flex h-6 w-4 items-center justify-center"
          style={{ top: line.top - 2 }}
        >
          <span
            className={`block rounded-full ring-white dark:ring-stone-950 ${open ? "size-3 ring-2" : "size-2"}`}
            style={{ background: first?.colour }}
          />
        </button>
      );
    }),
    layer,
  );
}
