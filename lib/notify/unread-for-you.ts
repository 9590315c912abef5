/**
 * The signed-in user's unread "For you" entries, as the header's badge shows them: mentions,
 * news of what they follow, new filings of companies they watch (`/api/me/unread`, and the
 * reader's start).
 */
export interface UnreadForYou {
  mentions: number;
  filings: number;
  /** News of the filings and workspaces the user follows. */
  follows: number;
  /** All three, capped at the count's limit. */
  unread: number;
  /** Whether there may be more than `unread` (the badge says "9+"). */
  more: boolean;
}

/** Most unread entries counted of each kind: the header's badge says "9+" past it. */
export const UNREAD_COUNTED_UP_TO = 10;

/** The badge's numbers from each kind's count (each counted up to `limit`). */
export function unreadForYou(
  counts: { mentions: number; filings: number; follows: number },
  limit: number,
): UnreadForYou {
  const unread = Math.min(counts.mentions + counts.filings + counts.follows, limit);
  return { ...counts, unread, more: unread >= limit };
}
