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
