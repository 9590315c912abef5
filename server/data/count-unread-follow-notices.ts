import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { db } from "../db";
import { visibleFollowNoticesWhere } from "./annotation-visibility";

/**
 * How many follow notices (on notes the viewer may still see) came after they last saw "For
 * you"; capped at `limit` (the badge says "9+").
 */
export async function countUnreadFollowNotices(options: { viewer: Viewer; limit: number }): Promise<number> {
  const user = await db().user.findUnique({
    where: { id: options.viewer.id },
    select: { mentionsSeenAt: true },
  });
  const unread = await db().followNotice.findMany({
    where: {
      ...visibleFollowNoticesWhere(options.viewer),
      ...(user?.mentionsSeenAt ? { createdAt: { gt: user.mentionsSeenAt } } : {}),
    },
    select: { id: true },
    take: options.limit,
  });
  return unread.length;
}
