import { diffWordsWithSpace } from "diff";

/** A run of a redline: text both versions share, or that the newer inserted or deleted. */
export interface RedlineRun {
  kind: "same" | "inserted" | "deleted";
  text: string;
}

/** Past this many edits a word diff gives up: the redline then deletes the older text and inserts the newer. */
const MOST_EDITS = 5_000;

/**
 * A word-level redline of an older and a newer text: dropping the deleted runs gives exactly
 * the newer text, dropping the inserted runs exactly the older (spacing included). Where one
 * run is deleted and the next inserted, the deletion comes first, as a reader expects.
 */
export function redline(older: string, newer: string): RedlineRun[] {
  const changes = diffWordsWithSpace(older, newer, { maxEditLength: MOST_EDITS });
  if (!changes)
    return [
      ...(older ? [{ kind: "deleted" as const, text: older }] : []),
      ...(newer ? [{ kind: "inserted" as const, text: newer }] : []),
    ];
  const runs: RedlineRun[] = [];
  for (const change of changes) {
    const kind = change.added ? "inserted" : change.removed ? "deleted" : "same";
    const last = runs.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else if (change.value) runs.push({ kind, text: change.value });
  }
  return runs;
}

/** How many changes a redline has: each deletion, insertion or replacement (a deletion then an insertion) once. */
export function countChanges(runs: readonly RedlineRun[]): number {
  let changes = 0;
  for (const [index, run] of runs.entries())
    if (run.kind !== "same" && !(run.kind === "inserted" && runs[index - 1]?.kind === "deleted")) changes++;
  return changes;
}
