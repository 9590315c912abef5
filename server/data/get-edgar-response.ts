import "server-only";
import { db } from "../db";

/** A kept EDGAR response for this path while it is fresh; null when there is none or it expired. */
export async function getEdgarResponse(options: { path: string; now: Date }): Promise<string | null> {
  const kept = await db().edgarResponse.findFirst({
    where: { path: options.path, expiresAt: { gt: options.now } },
    select: { body: true },
  });
  return kept?.body ?? null;
}
