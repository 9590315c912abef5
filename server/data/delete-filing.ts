import "server-only";
import { AppError } from "../errors";
import { db } from "../db";

/**
 * Deletes a filing with everything attached to it (analysis, risk factors, passages, notes and
 * their threads, live events), in one transaction that first re-checks that no note outside
 * what the deleter may take is on it: a colleague's note written since the confirmation stops
 * the deletion instead of vanishing with it.
 * @throws AppError "conflict" when such a note exists, "not-found" when the filing is gone
 */
export async function deleteFiling(options: {
  filingId: string;
  /** The deleter: their own notes may go. */
  userId: string;
  /** Workspaces the deleter owns: notes shared in them may go. */
  ownedWorkspaceIds: string[];
}): Promise<void> {
  const { filingId, userId, ownedWorkspaceIds } = options;
  await db().$transaction(async (tx) => {
    // Lock the filing row so no note is added to it while we look.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Filing" WHERE id = ${filingId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new AppError("not-found", "That filing no longer exists.");
    const blocking = await tx.annotation.count({
      where: {
        filingId,
        authorId: { not: userId },
        OR: [{ workspaceId: null }, { workspaceId: { notIn: ownedWorkspaceIds } }],
      },
    });
    if (blocking > 0)
      throw new AppError(
        "conflict",
        `${blocking} note${blocking === 1 ? "" : "s"} by other people ${blocking === 1 ? "is" : "are"} on this filing now, so it was not deleted.`,
      );
    await tx.liveEvent.deleteMany({ where: { filingId } });
    await tx.filing.delete({ where: { id: filingId } });
  });
}
