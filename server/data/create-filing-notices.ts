import "server-only";
import { db } from "../db";

/**
 * Tells these users, in "For you", that the filing (by slug) came in, each with what in it
 * concerns their notes; a user already told is not told twice. Returns how many were newly told.
 */
export async function createFilingNotices(options: {
  slug: string;
  notices: Array<{ userId: string; details: string[] }>;
}): Promise<number> {
  if (options.notices.length === 0) return 0;
  const filing = await db().filing.findUnique({ where: { slug: options.slug }, select: { id: true } });
  if (!filing) return 0;
  const { count } = await db().filingNotice.createMany({
    data: options.notices.map((notice) => ({ ...notice, filingId: filing.id })),
    skipDuplicates: true,
  });
  return count;
}
