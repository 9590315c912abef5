import "server-only";
import { unreadForYou, type UnreadForYou } from "@/lib/notify/unread-for-you";
import { db } from "../db";
import { unreadForYouSql } from "./annotation-visibility";

/**
 * The user's unread "For you" entries — mentions, news of what they follow, new filings of
 * companies they watch — counted in one query, each kind capped at `limit` (the badge says "9+").
 */
export async function countUnreadForYou(options: { userId: string; limit: number }): Promise<UnreadForYou> {
  const rows = await db().$queryRaw<
    Array<{ unread: { mentions: number; filings: number; follows: number } }>
  >`
    SELECT ${unreadForYouSql(options.userId, options.limit)} AS "unread"`;
  const counts = rows[0]?.unread ?? { mentions: 0, filings: 0, follows: 0 };
  return unreadForYou(counts, options.limit);
}
