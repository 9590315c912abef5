"use client";

import { useNoteTotal, usePublishedNotePositions, type NotePosition } from "./note-positions";

/** A risk factor's note count in the outline, following saves made on the page. */
export function RiskNoteCount({
  filingSlug,
  start,
  end,
  initialCount,
}: {
  filingSlug: string;
  /** The risk factor's range in the canonical text: notes starting inside it count. */
  start: number;
  end: number;
  /** The count the page was rendered with. */
  initialCount: number;
}) {
  const positions = usePublishedNotePositions(filingSlug);
  const count = positions
    ? positions.filter((note) => note.start >= start && note.start < end).length
    : initialCount;
  if (!count) return null;
  return (
    <span className="shrink-0 self-start rounded-full bg-stone-200 px-1.5 text-xs tabular-nums dark:bg-stone-700">
      {count}
      <span className="sr-only">{count === 1 ? " note" : " notes"}</span>
    </span>
  );
}

/** How many notes the reader sees on the filing, following saves made on the page. */
export function NoteTotal({ filingSlug, initial }: { filingSlug: string; initial: number }) {
  return <>{useNoteTotal(filingSlug, initial)}</>;
}

/** The minimap's marks for the reader's notes, following saves made on the page. */
export function MinimapNoteMarks({
  filingSlug,
  textLength,
  initial,
}: {
  filingSlug: string;
  textLength: number;
  initial: NotePosition[];
}) {
  const positions = usePublishedNotePositions(filingSlug) ?? initial;
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
