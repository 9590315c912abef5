import "server-only";
import { db } from "../db";

/** A workspace's invite links that still work, newest first, with who made them. */
export async function listWorkspaceInvites(options: { workspaceId: string; now: Date }) {
  return db().workspaceInvite.findMany({
    where: { workspaceId: options.workspaceId, revokedAt: null, expiresAt: { gt: options.now } },
    orderBy: { createdAt: "desc" },
    select: { token: true, createdAt: true, expiresAt: true, createdBy: { select: { name: true } } },
  });
}
