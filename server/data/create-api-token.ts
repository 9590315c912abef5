import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { API_TOKEN_PREFIX, type ApiTokenScope } from "@/lib/api/tokens";
import { db } from "../db";

/** sha256 hex of a token: what is stored and looked up. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Creates a personal access token for a user. The token itself is returned once, here, and
 * never stored; only its hash is.
 */
export async function createApiToken(options: { userId: string; name: string; scope: ApiTokenScope }) {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await db().apiToken.create({
    data: {
      userId: options.userId,
      name: options.name,
      scope: options.scope,
      tokenHash: hashApiToken(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    },
    select: { id: true },
  });
  return { id: row.id, token };
}
