import "server-only";
import { db } from "../db";

/** Keeps an EDGAR response for this path until `expiresAt` (replacing an older one). */
export async function saveEdgarResponse(options: {
  path: string;
  body: string;
  expiresAt: Date;
}): Promise<void> {
  const { path, body, expiresAt } = options;
  await db().edgarResponse.upsert({
    where: { path },
    create: { path, body, expiresAt },
    update: { body, expiresAt, fetchedAt: new Date() },
  });
}
