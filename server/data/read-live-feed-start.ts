import "server-only";
import { isFilingSlug } from "@/lib/filing/import-request";
import { db } from "../db";

/**
 * Where a filing's live feed starts for a reader, in one query: the filing's id, its latest
 * live event's id (0 when none), and the events after `afterId`, oldest first (at most
 * `limit`; none when `afterId` is null: a reader without a cursor starts from the latest).
 * Null when there is no such filing.
 */
export async function readLiveFeedStart(options: { slug: string; afterId: bigint | null; limit: number }) {
  if (!isFilingSlug(options.slug)) return null;
  const after = options.afterId === null ? null : options.afterId.toString();
  const rows = await db().$queryRaw<
    Array<{
      id: string;
      latest: bigint;
      events: Array<{
        id: string;
        kind: string;
        annotationId: string;
        authorId: string;
        workspaceId: string | null;
      }>;
    }>
  >`
    SELECT f."id",
      COALESCE((SELECT max(e."id") FROM "LiveEvent" e WHERE e."filingId" = f."id"), 0) AS "latest",
      COALESCE((SELECT json_agg(json_build_object('id', x."id"::text, 'kind', x."kind",
          'annotationId', x."annotationId", 'authorId', x."authorId", 'workspaceId', x."workspaceId")
          ORDER BY x."id") FROM (
          SELECT e."id", e."kind", e."annotationId", e."authorId", e."workspaceId"
          FROM "LiveEvent" e
          WHERE e."filingId" = f."id" AND ${after}::bigint IS NOT NULL AND e."id" > ${after}::bigint
          ORDER BY e."id" LIMIT ${options.limit}) x), '[]') AS "events"
    FROM "Filing" f WHERE f."slug" = ${options.slug}`;
  const row = rows[0];
  if (!row) return null;
  return {
    filingId: row.id,
    latest: BigInt(row.latest),
    events: row.events.map((event) => ({
      id: BigInt(event.id),
      kind: event.kind,
      annotationId: event.annotationId,
      authorId: event.authorId,
      workspaceId: event.workspaceId,
    })),
  };
}
