import "server-only";
import { db } from "../db";

/** A filing's live events after `afterId`, oldest first (at most `limit`). */
export async function listLiveEvents(options: { filingId: string; afterId: bigint; limit: number }) {
  return db().liveEvent.findMany({
    where: { filingId: options.filingId, id: { gt: options.afterId } },
    orderBy: { id: "asc" },
    take: options.limit,
    select: { id: true, kind: true, annotationId: true, authorId: true, workspaceId: true },
  });
}
