import "server-only";
import { db } from "../db";

/** Removes a member from a workspace; their notes shared there stay theirs (and private to them). */
export async function removeWorkspaceMember(options: { workspaceId: string; userId: string }) {
  await db().$transaction([
    db().workspaceMember.deleteMany({ where: { workspaceId: options.workspaceId, userId: options.userId } }),
    // Notes they shared with the workspace stay shared: the workspace keeps its discussion.
  ]);
}
