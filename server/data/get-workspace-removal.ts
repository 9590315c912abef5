import "server-only";
import { db } from "../db";

/** When a person was last removed from a workspace (null: never). */
export async function getWorkspaceRemoval(options: {
  workspaceId: string;
  userId: string;
}): Promise<Date | null> {
  const removal = await db().workspaceRemoval.findUnique({
    where: { workspaceId_userId: { workspaceId: options.workspaceId, userId: options.userId } },
    select: { removedAt: true },
  });
  return removal?.removedAt ?? null;
}
