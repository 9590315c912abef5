import "server-only";
import type { FollowNoticeOfReader } from "@/lib/library/types";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { db } from "../db";
import { visibleFollowNoticesWhere } from "./annotation-visibility";

/**
 * Recent notes, replies and resolutions by others in what the viewer follows, on notes they
 * may still see ("For you"), newest first.
 */
export async function listFollowNoticesForUser(options: {
  viewer: Viewer;
  limit: number;
}): Promise<FollowNoticeOfReader[]> {
  const rows = await db().followNotice.findMany({
    where: visibleFollowNoticesWhere(options.viewer),
    orderBy: { createdAt: "desc" },
    take: options.limit,
    select: {
      id: true,
      createdAt: true,
      kind: true,
      actor: { select: { name: true } },
      comment: { select: { body: true } },
      annotation: {
        select: {
          id: true,
          exact: true,
          note: true,
          filing: { select: { company: true, form: true, fiscalYear: true, tickers: true } },
        },
      },
    },
  });
  return rows.map((row) => {
    const { note, ...shown } = row.annotation;
    const kind = row.kind === "reply" || row.kind === "resolved" ? row.kind : "note";
    return {
      id: row.id,
      createdAt: row.createdAt,
      kind,
      actorName: row.actor.name,
      text: kind === "reply" ? (row.comment?.body ?? "") : kind === "note" ? note : "",
      note: shown,
    };
  });
}
