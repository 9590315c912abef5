import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { followersToTellSql } from "./annotation-visibility";
import { MAX_NOTES_PER_FILING, TOO_MANY_NOTES } from "@/lib/annotations/schemas";
import { AppError } from "../errors";

/** What a new annotation's row holds beyond what the caller gave, for answering with it. */
export interface CreatedAnnotation {
  id: string;
  /** The followers told of it (see recordFollowNotices for who they are). */
  followerIds: string[];
  createdAt: Date;
  updatedAt: Date;
  authorName: string;
  /** Null for a private note. */
  workspaceName: string | null;
  /** The risk factor holding its start, as riskFactorTitleAt picks it (lowest ordinal). */
  riskFactorTitle: string | null;
}

/**
 * Stores an annotation whose selectors the caller has taken from the filing's text, with its
 * @mentions, its live event, and notices for the followers who may read it (not the author,
 * not those it @mentions) — what recordLiveEvent and recordFollowNotices write for other
 * changes. One SQL statement, atomic as a transaction is: at 50 clients the seven round trips
 * of the same work through Prisma (begin, count, insert, read back, event, commit) cost more
 * than everything else in a create. The cap is checked against the author's count the database keeps
 * (AnnotationCount), not by counting their notes: with thousands on one filing, counting was
 * most of the database's work per create. Returns who was told and what an answer needs (author's
 * and workspace's names, the risk factor's title), so the API need not read the note again.
 * Returns null, storing nothing, when the filing is gone, or when `filingVersion` is given and
 * the filing is no longer at that version (its text was replaced): the selectors were taken
 * from another text.
 * @throws AppError "conflict" when the author has MAX_NOTES_PER_FILING notes on the filing
 */
export async function createAnnotation(options: {
  filingId: string;
  authorId: string;
  workspaceId: string | null;
  label: string;
  note: string;
  tags: string[];
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  textHash: string;
  /** The filing row's `updatedAt` the selectors were taken at: stored only if it is still so. */
  filingVersion?: Date;
  /** Users the note @mentions (already checked to be in its audience): told under "For you". */
  mentionedUserIds?: string[];
}): Promise<CreatedAnnotation | null> {
  const { filingId, authorId, workspaceId, selector } = options;
  const mentioned = options.mentionedUserIds ?? [];
  // Ids and times as Prisma would give them (uuid v4, one timestamp for created and updated).
  const id = randomUUID();
  const now = new Date();
  const version = options.filingVersion ?? null;
  const rows = await db().$queryRaw<
    Array<{
      created: boolean;
      current: boolean | null;
      authorName: string;
      workspaceName: string | null;
      riskFactorTitle: string | null;
      followerIds: string[];
    }>
  >`
    WITH filing AS (
      SELECT (${version}::timestamp(3) IS NULL OR "updatedAt" = ${version}::timestamp(3)) AS "current"
      FROM "Filing" WHERE "id" = ${filingId}::uuid
    ), inserted AS (
      INSERT INTO "Annotation" ("id", "filingId", "authorId", "workspaceId", "label", "note", "tags",
        "exact", "prefix", "suffix", "start", "end", "textHash", "version", "createdAt", "updatedAt")
      SELECT ${id}::uuid, ${filingId}::uuid, ${authorId}, ${workspaceId}::uuid, ${options.label},
        ${options.note}, ${options.tags}::text[], ${selector.exact}, ${selector.prefix},
        ${selector.suffix}, ${selector.start}::int, ${selector.end}::int, ${options.textHash}, 1,
        ${now}::timestamp(3), ${now}::timestamp(3)
      WHERE coalesce((SELECT "notes" FROM "AnnotationCount"
             WHERE "filingId" = ${filingId}::uuid AND "authorId" = ${authorId}), 0) < ${MAX_NOTES_PER_FILING}
        AND (SELECT "current" FROM filing)
      RETURNING "id", "filingId", "authorId", "workspaceId", "start"
    ), mentions AS (
      INSERT INTO "Mention" ("annotationId", "userId", "createdAt")
      SELECT inserted."id", mentioned."userId", ${now}::timestamp(3)
      FROM inserted, unnest(${mentioned}::text[]) AS mentioned ("userId")
    ), event AS (
      INSERT INTO "LiveEvent" ("filingId", "kind", "annotationId", "authorId", "workspaceId", "createdAt")
      SELECT "filingId", 'annotation.created', "id", "authorId", "workspaceId", ${now}::timestamp(3)
      FROM inserted
    ), told AS (
      INSERT INTO "FollowNotice" ("id", "userId", "actorId", "kind", "annotationId", "commentId", "createdAt")
      SELECT gen_random_uuid(), followers."userId", ${authorId}, 'note', inserted."id", NULL, ${now}::timestamp(3)
      FROM inserted, (${followersToTellSql({
        filingId,
        workspaceId,
        exceptUserIds: [authorId, ...mentioned],
      })}) AS followers
      WHERE inserted."workspaceId" IS NOT NULL
      RETURNING "userId"
    )
    SELECT
      inserted."id" IS NOT NULL AS "created",
      (SELECT "current" FROM filing) AS "current",
      (SELECT "name" FROM "User" WHERE "id" = inserted."authorId") AS "authorName",
      (SELECT "name" FROM "Workspace" WHERE "id" = inserted."workspaceId") AS "workspaceName",
      (SELECT "title" FROM "RiskFactor" r
       WHERE r."filingId" = inserted."filingId" AND r."start" <= inserted."start" AND inserted."start" < r."end"
       ORDER BY r."ordinal" LIMIT 1) AS "riskFactorTitle",
      (SELECT coalesce(array_agg("userId"), '{}') FROM told) AS "followerIds"
    FROM (SELECT 1) AS one LEFT JOIN inserted ON true`;
  const { created, current, ...row } = rows[0]!;
  if (current !== true) return null;
  if (!created) throw new AppError("conflict", TOO_MANY_NOTES);
  return { id, createdAt: now, updatedAt: now, ...row };
}
