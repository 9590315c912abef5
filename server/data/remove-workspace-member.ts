import "server-only";
import { db } from "../db";

/**
 * Removes a member from a workspace. Notes they shared there stay with the workspace (its
 * discussion is the team's); they stop seeing the others' notes at once.
 */
export async function removeWorkspaceMember(options: { workspaceId: string; userId: string }) {
  await db().workspaceMember.deleteMany({
    where: { workspaceId: options.workspaceId, userId: options.userId },
  });
}
