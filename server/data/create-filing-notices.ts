import "server-only";
import { db } from "../db";

/**
 * Tells these users, in "For you", that the filing (by slug) came in; a user already told is
 * not told twice. Returns how many were newly told.
 */
export async function createFilingNotices(options: { slug: string; userIds: string[] }): Promise<number> {
  if (options.userIds.length === 0) return 0;
  const filing = await db().filing.findUnique({ where: { slug: options.slug }, select: { id: true } });
  if (!filing) return 0;
  const { count } = await db().filingNotice.createMany({
    data: options.userIds.map((userId) => ({ userId, filingId: filing.id })),
    skipDuplicates: true,
  });
  return count;
}
