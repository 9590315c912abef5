import "server-only";
import { db } from "../db";

/** The ids of the workspaces the user follows (their workspaces page marks them). */
export async function listFollowedWorkspaces(options: { userId: string }): Promise<string[]> {
  const follows = await db().follow.findMany({
    where: { userId: options.userId, workspaceId: { not: null } },
    select: { workspaceId: true },
  });
  return follows.flatMap((follow) => (follow.workspaceId ? [follow.workspaceId] : []));
}
