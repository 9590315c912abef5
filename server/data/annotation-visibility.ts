import "server-only";
import { visibilityOf, type Viewer } from "@/lib/permissions/annotation-access";
import { Prisma } from "@/prisma/generated/client";

/**
 * The query forms of canSeeAnnotation, built from the same rule (visibilityOf): the author's
 * own notes, or those shared with one of their workspaces.
 */
export function visibleAnnotationsWhere(viewer: Viewer) {
  const rule = visibilityOf(viewer);
  return {
    OR: [{ authorId: rule.authorId }, { workspaceId: { in: rule.workspaceIds } }],
  } satisfies Prisma.AnnotationWhereInput;
}

/** Mentions of the viewer in replies and notes they may still see (not deleted, still visible). */
export function visibleMentionsWhere(viewer: Viewer) {
  const visible = visibleAnnotationsWhere(viewer);
  return {
    userId: viewer.id,
    OR: [{ comment: { deletedAt: null, annotation: visible } }, { annotation: visible }],
  } satisfies Prisma.MentionWhereInput;
}

/**
 * Follow notices of the viewer on notes they may still see (and replies not deleted): one who
 * left the workspace is no longer told of what they followed there.
 */
export function visibleFollowNoticesWhere(viewer: Viewer) {
  return {
    userId: viewer.id,
    annotation: visibleAnnotationsWhere(viewer),
    OR: [{ commentId: null }, { comment: { deletedAt: null } }],
  } satisfies Prisma.FollowNoticeWhereInput;
}

/** The same rule as SQL over the Annotation table aliased `alias` (for raw queries: search). */
export function visibleAnnotationsSql(viewer: Viewer, alias: string): Prisma.Sql {
  const rule = visibilityOf(viewer);
  const table = Prisma.raw(`"${alias.replace(/"/g, "")}"`);
  return Prisma.sql`(${table}."authorId" = ${rule.authorId} OR ${table}."workspaceId" = ANY(${rule.workspaceIds}::uuid[]))`;
}

/**
 * The same rule as SQL for a user whose workspaces are not read yet: their memberships are read
 * inside the query (what one-statement reads, such as the reader's start, need).
 */
export function visibleToUserSql(userId: string, alias: string): Prisma.Sql {
  const table = Prisma.raw(`"${alias.replace(/"/g, "")}"`);
  return Prisma.sql`(${table}."authorId" = ${userId} OR ${table}."workspaceId" IN
    (SELECT wm."workspaceId" FROM "WorkspaceMember" wm WHERE wm."userId" = ${userId}))`;
}

/**
 * The user's unread "For you" entries, counted in one SQL expression (a JSON object
 * `{ mentions, filings, follows }`, each capped at `limit`): mentions and follow notices on
 * notes they may still see (replies not deleted), as visibleMentionsWhere and
 * visibleFollowNoticesWhere list them, and new filings of companies they watch, all after they
 * last saw the list.
 */
export function unreadForYouSql(userId: string, limit: number): Prisma.Sql {
  const after = (column: Prisma.Sql) => Prisma.sql`(seen."at" IS NULL OR ${column} > seen."at")`;
  return Prisma.sql`(SELECT json_build_object(
      'mentions', (SELECT count(*) FROM (SELECT 1 FROM "Mention" m
          LEFT JOIN "Comment" mc ON mc."id" = m."commentId"
          LEFT JOIN "Annotation" mca ON mca."id" = mc."annotationId"
          LEFT JOIN "Annotation" ma ON ma."id" = m."annotationId"
          WHERE m."userId" = ${userId} AND ${after(Prisma.sql`m."createdAt"`)}
            AND ((mc."id" IS NOT NULL AND mc."deletedAt" IS NULL AND ${visibleToUserSql(userId, "mca")})
              OR (ma."id" IS NOT NULL AND ${visibleToUserSql(userId, "ma")}))
          LIMIT ${limit}) mentions),
      'filings', (SELECT count(*) FROM (SELECT 1 FROM "FilingNotice" fn
          WHERE fn."userId" = ${userId} AND ${after(Prisma.sql`fn."createdAt"`)}
          LIMIT ${limit}) filings),
      'follows', (SELECT count(*) FROM (SELECT 1 FROM "FollowNotice" n
          JOIN "Annotation" na ON na."id" = n."annotationId"
          LEFT JOIN "Comment" nc ON nc."id" = n."commentId"
          WHERE n."userId" = ${userId} AND ${after(Prisma.sql`n."createdAt"`)}
            AND ${visibleToUserSql(userId, "na")}
            AND (n."commentId" IS NULL OR (nc."id" IS NOT NULL AND nc."deletedAt" IS NULL))
          LIMIT ${limit}) follows))
    FROM (SELECT (SELECT u."mentionsSeenAt" FROM "User" u WHERE u."id" = ${userId}) AS "at") seen)`;
}

/**
 * Who is told of a change on a note ("For you"), as SQL selecting "userId": the members of the
 * note's workspace who follow its filing or that workspace, except `exceptUserIds` (the actor,
 * and those @mentioned, told once by their mention). A private note (`workspaceId` null) tells
 * nobody: its author alone reads it. Used by createAnnotation's one statement and by
 * recordFollowNotices alike.
 */
export function followersToTellSql(options: {
  filingId: string;
  workspaceId: string | null;
  exceptUserIds: readonly string[];
}): Prisma.Sql {
  const workspaceId = Prisma.sql`${options.workspaceId}::uuid`;
  return Prisma.sql`SELECT DISTINCT f."userId" FROM "Follow" f
    WHERE (f."filingId" = ${options.filingId}::uuid OR f."workspaceId" = ${workspaceId})
      AND f."userId" <> ALL (${[...options.exceptUserIds]}::text[])
      AND EXISTS (SELECT 1 FROM "WorkspaceMember" m
                  WHERE m."userId" = f."userId" AND m."workspaceId" = ${workspaceId})`;
}
