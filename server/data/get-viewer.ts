import "server-only";
import { viewerFromMemberships, type Viewer } from "@/lib/permissions/annotation-access";
import { db } from "../db";

/** The permission view of a user: who they are and their workspaces with their roles. */
export async function getViewer(options: { userId: string }): Promise<Viewer> {
  const memberships = await db().workspaceMember.findMany({
    where: { userId: options.userId },
    select: { workspaceId: true, role: true },
  });
  return viewerFromMemberships(options.userId, memberships);
}
