"use client";

import { useNoteTotal, usePublishedNotePositions } from "./note-positions";

/** A risk factor's note count in the outline, following saves made on the page. */
export function RiskNoteCount({
  filingSlug,
  start,
  end,
}: {
  filingSlug: string;
  /** The risk factor's range in the canonical text: notes starting inside it count. */
  start: number;
  end: number;
}) {
  // The page is sent without notes: none until the notes panel has read them.
  const positions = usePublishedNotePositions(filingSlug) ?? [];
  const count = positions.filter((note) => note.start >= start && note.start < end).length;
  if (!count) return null;
  return (
    <span className="shrink-0 self-start rounded-full bg-stone-200 px-1.5 text-xs tabular-nums dark:bg-stone-700">
      {count}
      <span className="sr-only">{count === 1 ? " note" : " notes"}</span>
    </span>
  );
}

/** How many notes the reader sees on the filing, following saves made on the page. */
export function NoteTotal({ filingSlug }: { filingSlug: string }) {
  return <>{useNoteTotal(filingSlug) ?? "…"}</>;
}

/** The minimap's marks for the reader's notes, following saves made on the page. */
export function MinimapNoteMarks({ filingSlug, textLength }: { filingSlug: string; textLength: number }) {
  const positions = usePublishedNotePositions(filingSlug) ?? [];
  return positions.map((note) => (
    <span
      key={note.id}
      className="absolute right-[-5px] size-1.5 -translate-y-1/2 rounded-full"
      style={{
        top: `${((note.start / Math.max(1, textLength)) * 100).toFixed(2)}%`,
        background: note.colour,
      }}
    />
  ));
}
