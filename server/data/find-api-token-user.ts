import "server-only";
import type { ApiTokenScope } from "@/lib/api/tokens";
import { viewerFromMemberships, type Viewer } from "@/lib/permissions/annotation-access";
import { accessMemory } from "../access-epoch";
import { db } from "../db";
import { hashApiToken } from "./create-api-token";

/** How often lastUsedAt is written: at most once a minute per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;
/**
 * How long a token's caller is remembered: a script sending many requests with one token costs
 * one lookup a second, not one per request (at 50 clients that round trip was a third of an API
 * create's cost). A change made through this process (a token revoked, a membership changed:
 * see accessChanged) is seen at once; one made through another server within this time.
 */
const REMEMBER_MS = 1_000;

type TokenUser = { userId: string; name: string; scope: ApiTokenScope; viewer: Viewer };
const rememberedToken = accessMemory<TokenUser | null>("api-tokens", REMEMBER_MS);

/**
 * The user and scope of a live (unrevoked) token, or null, with the user's permission view (as
 * getViewer reads it, in the same query: every API request needs both), remembered for up to
 * REMEMBER_MS. Notes when the token was last used.
 */
export async function findApiTokenUser(options: { token: string }): Promise<TokenUser | null> {
  const tokenHash = hashApiToken(options.token);
  return rememberedToken(tokenHash, () => readTokenUser(tokenHash));
}

async function readTokenUser(tokenHash: string): Promise<TokenUser | null> {
  const row = await db().apiToken.findUnique({
    where: { tokenHash },
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
