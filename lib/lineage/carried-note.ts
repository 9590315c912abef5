import type { RiskPair } from "./align-risk-factors";

/** A note on last year's risk factor, as shown on this year's filing (it stays where it was written). */
export interface CarriedNote {
  id: string;
  label: string;
  note: string;
  authorName: string;
  /** The workspace it is shared with, or null (private to its author). */
  workspaceName: string | null;
  /** The passage it was written on, last year. */
  exact: string;
  replies: number;
  /** The risk factor it was written on, last year. */
  fromRisk: string;
  /** What became of that risk factor this year ("removed": nothing to carry it to). */
  status: RiskPair["status"];
  /** How alike last year's and this year's risk factor are (0 when it is gone). */
  similarity: number;
  /** This year's risk factor it is carried to (null when removed). */
  toRisk: { title: string; blockId: string } | null;
  /** Where its quote is in this year's text (null: gone; the note sits on the risk's title). */
  anchor: { start: number; end: number } | null;
}

/**
 * What a new report means for the notes carried into it, risk factor by risk factor, for
 * those that changed or went ("Risk “Supply constraints” changed 31% — 2 notes"); unchanged
 * and moved risks say nothing.
 */
export function carriedNoteChanges(notes: readonly CarriedNote[]): string[] {
  const byRisk = new Map<string, CarriedNote[]>();
  for (const note of notes)
    if (note.status !== "unchanged" && note.status !== "moved")
      byRisk.set(note.fromRisk, [...(byRisk.get(note.fromRisk) ?? []), note]);
  return [...byRisk].map(([risk, carried]) => {
    const first = carried[0]!;
    const what =
      first.status === "removed"
        ? "is gone"
        : first.status === "changed"
          ? `changed ${Math.max(1, Math.round((1 - first.similarity) * 100))}%`
          : `was ${first.status}`;
    const title = risk.length > 80 ? `${risk.slice(0, 79).trimEnd()}…` : risk;
    return `Risk “${title}” ${what} — ${carried.length} ${carried.length === 1 ? "note" : "notes"}`;
  });
}
