import "server-only";
import { db } from "../db";

/** Records that the user has seen their "For you" list as of `seenAt`: nothing before is unread. */
export async function markMentionsSeen(options: { userId: string; seenAt: Date }): Promise<void> {
  await db().user.update({ where: { id: options.userId }, data: { mentionsSeenAt: options.seenAt } });
}
