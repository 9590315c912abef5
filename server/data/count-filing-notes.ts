import "server-only";
import type { FilingNoteGroup } from "@/lib/permissions/filing-access";
import { db } from "../db";

/** A filing's notes counted per author and workspace (what a deletion would take). */
export async function countFilingNotes(options: { filingId: string }): Promise<FilingNoteGroup[]> {
  const groups = await db().annotation.groupBy({
    by: ["authorId", "workspaceId"],
    where: { filingId: options.filingId },
    _count: { _all: true },
  });
  return groups.map((group) => ({
    authorId: group.authorId,
    workspaceId: group.workspaceId,
    count: group._count._all,
  }));
}
