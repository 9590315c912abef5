import "server-only";
import { accessChanged } from "../access-epoch";
import { db } from "../db";

/** Adds a member to a workspace (idempotent). */
export async function addWorkspaceMember(options: { workspaceId: string; userId: string }) {
  await db().workspaceMember.upsert({
    where: { workspaceId_userId: { workspaceId: options.workspaceId, userId: options.userId } },
    create: { workspaceId: options.workspaceId, userId: options.userId },
    update: {},
  });
  accessChanged();
}
