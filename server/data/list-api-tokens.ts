import "server-only";
import { db } from "../db";

/** A user's tokens, newest first (without hashes), revoked ones included for the record. */
export async function listApiTokens(options: { userId: string }) {
  return db().apiToken.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
}
