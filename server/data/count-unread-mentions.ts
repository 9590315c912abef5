import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { db } from "../db";
import { visibleMentionsWhere } from "./annotation-visibility";

/**
 * How many mentions of the viewer (in replies and in notes they may still see) came after they
 * last saw their "For you" list; capped at `limit` (a badge says "9+", not a count of thousands).
 */
export async function countUnreadMentions(options: { viewer: Viewer; limit: number }): Promise<number> {
  const user = await db().user.findUnique({
    where: { id: options.viewer.id },
    select: { mentionsSeenAt: true },
  });
  const unread = await db().mention.findMany({
    where: {
      ...visibleMentionsWhere(options.viewer),
      ...(user?.mentionsSeenAt ? { createdAt: { gt: user.mentionsSeenAt } } : {}),
    },
    select: { id: true },
    take: options.limit,
  });
  return unread.length;
}
