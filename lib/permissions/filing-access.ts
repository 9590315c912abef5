/**
 * Who may delete a filing, and what a deletion would take with it. A filing is deleted with
 * every note on it; others' work is never destroyed silently, so a deletion that would take
 * notes the deleter has no say over is refused (not archived: an archived filing would leave
 * colleagues' notes reachable only by old links, a half-state nobody asked for — they can
 * export their notes and delete them, then the filing can go).
 */
import type { Viewer } from "./annotation-access";

/** Notes on a filing, counted per author and workspace (null: private). */
export interface FilingNoteGroup {
  authorId: string;
  workspaceId: string | null;
  count: number;
}

export interface FilingDeletionAssessment {
  /** May ask to delete: the importer, or an owner of a workspace that has notes on it. */
  allowed: boolean;
  /** The viewer's own notes. */
  yours: number;
  /** Others' notes shared in workspaces the viewer owns, per workspace. */
  inOwnedWorkspaces: { workspaceId: string; count: number }[];
  /** Notes the viewer has no say over (others' private notes, or in workspaces they don't own). */
  others: number;
}

/**
 * Assesses deleting a filing for a viewer. A deletion goes ahead only when `allowed` and
 * `others` is 0; the confirmation says how many notes go with it.
 */
export function assessFilingDeletion(
  viewer: Viewer | null,
  filing: { importedById: string | null },
  notes: readonly FilingNoteGroup[],
): FilingDeletionAssessment {
  const assessment: FilingDeletionAssessment = { allowed: false, yours: 0, inOwnedWorkspaces: [], others: 0 };
  if (viewer === null) return assessment;
  const owned = new Map<string, number>();
  for (const group of notes) {
    if (group.authorId === viewer.id) assessment.yours += group.count;
    else if (group.workspaceId !== null && viewer.workspaces.get(group.workspaceId) === "owner")
      owned.set(group.workspaceId, (owned.get(group.workspaceId) ?? 0) + group.count);
    else assessment.others += group.count;
  }
  assessment.allowed = mayCurateFiling(viewer, filing, notes);
  assessment.inOwnedWorkspaces = [...owned].map(([workspaceId, count]) => ({ workspaceId, count }));
  return assessment;
}

/**
 * Who curates a filing — changes its risk factors' categories (for everyone) and may ask to
 * delete it: its importer, or an owner of a workspace whose notes are on it. A shipped filing
 * (no importer) is curated by such owners only.
 */
export function mayCurateFiling(
  viewer: Viewer | null,
  filing: { importedById: string | null },
  notes: readonly FilingNoteGroup[],
): boolean {
  if (viewer === null) return false;
  if (filing.importedById === viewer.id) return true;
  return notes.some(
    (group) => group.workspaceId !== null && viewer.workspaces.get(group.workspaceId) === "owner",
  );
}

/** True when the assessment lets the deletion go ahead. */
export function mayDeleteFiling(assessment: FilingDeletionAssessment): boolean {
  return assessment.allowed && assessment.others === 0;
}
