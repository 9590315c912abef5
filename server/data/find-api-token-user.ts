import "server-only";
import type { ApiTokenScope } from "@/lib/api/tokens";
import { viewerFromMemberships, type Viewer } from "@/lib/permissions/annotation-access";
import { db } from "../db";
import { hashApiToken } from "./create-api-token";

/** How often lastUsedAt is written: at most once a minute per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The user and scope of a live (unrevoked) token, or null, with the user's permission view (as
 * getViewer reads it, in the same query: every API request needs both). Notes when the token
 * was last used.
 */
export async function findApiTokenUser(options: {
  token: string;
}): Promise<{ userId: string; name: string; scope: ApiTokenScope; viewer: Viewer } | null> {
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(options.token) },
    select: {
      id: true,
      userId: true,
      scope: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { name: true, memberships: { select: { workspaceId: true, role: true } } } },
    },
  });
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  return {
    userId: row.userId,
    name: row.user.name,
    scope: row.scope === "read-write" ? "read-write" : "read",
    viewer: viewerFromMemberships(row.userId, row.user.memberships),
  };
}
