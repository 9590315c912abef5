import "server-only";
import { db } from "../db";

/** An invite by token with its workspace's name; null when unknown. */
export async function getWorkspaceInvite(options: { token: string }) {
  return db().workspaceInvite.findUnique({
    where: { token: options.token },
    select: {
      token: true,
      expiresAt: true,
      createdAt: true,
      revokedAt: true,
      workspaceId: true,
      workspace: { select: { name: true } },
    },
  });
}
