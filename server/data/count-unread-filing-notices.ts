import "server-only";
import { db } from "../db";

/**
 * How many new filings the user was told of after they last saw "For you"; capped at `limit`
 * (the badge says "9+").
 */
export async function countUnreadFilingNotices(options: { userId: string; limit: number }): Promise<number> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: { mentionsSeenAt: true },
  });
  const unread = await db().filingNotice.findMany({
    where: {
      userId: options.userId,
      ...(user?.mentionsSeenAt ? { createdAt: { gt: user.mentionsSeenAt } } : {}),
    },
    select: { id: true },
    take: options.limit,
  });
  return unread.length;
}
