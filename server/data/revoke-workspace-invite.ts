import "server-only";
import { db } from "../db";

/** Revokes an invite link of a workspace. @returns false when there is no such live link */
export async function revokeWorkspaceInvite(options: {
  workspaceId: string;
  token: string;
}): Promise<boolean> {
  const result = await db().workspaceInvite.updateMany({
    where: { workspaceId: options.workspaceId, token: options.token, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return result.count === 1;
}
