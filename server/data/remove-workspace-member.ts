import "server-only";
import { accessChanged } from "../access-epoch";
import { db } from "../db";

/**
 * Removes a member from a workspace and records when, so an invite link made before the
 * removal cannot bring them back. Notes they shared there stay with the workspace (its
 * discussion is the team's); they stop seeing the others' notes at once.
 * @returns false when they were not a member
 */
export async function removeWorkspaceMember(options: {
  workspaceId: string;
  userId: string;
}): Promise<boolean> {
  const { workspaceId, userId } = options;
  const removed = await db().$transaction(async (tx) => {
    const removed = await tx.workspaceMember.deleteMany({ where: { workspaceId, userId } });
    if (removed.count === 0) return false;
    const removedAt = new Date();
    await tx.workspaceRemoval.upsert({
      where: { workspaceId_userId: { workspaceId, userId } },
      create: { workspaceId, userId, removedAt },
      update: { removedAt },
    });
    return true;
  });
  accessChanged();
  return removed;
}
