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
  // Alternate: edit, shared, edit, shared, …, edit (edits may be empty).
  const edits: Edit[] = [{ deleted: "", inserted: "" }];
  const shared: string[] = [];
  for (const change of changes) {
    if (!change.value) continue;
    if (change.added) edits.at(-1)!.inserted += change.value;
    else if (change.removed) edits.at(-1)!.deleted += change.value;
    else {
      shared.push(change.value);
      edits.push({ deleted: "", inserted: "" });
    }
  }
  withoutStrayEqualities(edits, shared);
  const runs: RedlineRun[] = [];
  edits.forEach((edit, k) => {
    if (edit.deleted) runs.push({ kind: "deleted", text: edit.deleted });
    if (edit.inserted) runs.push({ kind: "inserted", text: edit.inserted });
    const text = shared[k];
    if (text) runs.push({ kind: "same", text });
  });
  return runs;
}

/** A stretch between two shared runs: what the older text had there and what the newer has. */
interface Edit {
  deleted: string;
  inserted: string;
}

/**
 * A rewritten passage diffs into word salad: every "and", "of" and "the" the two versions
 * happen to share splits the deletion and insertion around it. As diff-match-patch's semantic
 * cleanup does, a shared run no longer than the edits on both its sides is taken into them
 * (deleted with the older words, inserted with the newer), until none is left; a light edit
 * inside a long sentence keeps the sentence around it.
 */
function withoutStrayEqualities(edits: Edit[], shared: string[]): void {
  const size = (edit: Edit) => Math.max(edit.deleted.length, edit.inserted.length);
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < shared.length; k++) {
      const before = edits[k]!;
      const after = edits[k + 1]!;
      const text = shared[k]!;
      if (size(before) === 0 || size(after) === 0 || text.length > Math.min(size(before), size(after)))
        continue;
      edits.splice(k, 2, {
        deleted: before.deleted + text + after.deleted,
        inserted: before.inserted + text + after.inserted,
      });
      shared.splice(k, 1);
      changed = true;
      k--;
    }
  }
}

/** How many changes a redline has: each deletion, insertion or replacement (a deletion then an insertion) once. */
export function countChanges(runs: readonly RedlineRun[]): number {
  let changes = 0;
  for (const [index, run] of runs.entries())
    if (run.kind !== "same" && !(run.kind === "inserted" && runs[index - 1]?.kind === "deleted")) changes++;
  return changes;
}
