import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import type { Prisma } from "@/prisma/generated/client";
import { db } from "../db";
import { visibleAnnotationsWhere } from "./annotation-visibility";

/**
 * Where a note sits: its quote as written and the stored anchor (offsets in the current text,
 * or the orphan mark). Read by the reader and by exports alike.
 */
export const storedAnchorFields = {
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  orphanedAt: true,
} satisfies Prisma.AnnotationSelect;

/** What a note's card and highlight show: shared with listFilingAnnotations, which adds the thread. */
export const noteSummaryFields = {
  id: true,
  authorId: true,
  workspaceId: true,
  label: true,
  tags: true,
  ...storedAnchorFields,
  textHash: true,
  resolvedAt: true,
  version: true,
  createdAt: true,
  author: { select: { name: true, email: true } },
  workspace: { select: { name: true } },
} satisfies Prisma.AnnotationSelect;

/**
 * The annotations of a filing this viewer may see, as summaries: where each sits, its label,
 * author and status, and how many replies it has, without its note or thread (read when a
 * card is opened: see listFilingAnnotations). What the reader page sends for every note.
 */
export async function listFilingNoteSummaries(options: { filingId: string; viewer: Viewer }) {
  return db().annotation.findMany({
    where: { filingId: options.filingId, ...visibleAnnotationsWhere(options.viewer) },
    orderBy: [{ start: "asc" }, { createdAt: "asc" }],
    select: {
      ...noteSummaryFields,
      _count: { select: { comments: { where: { deletedAt: null } } } },
    },
  });
}
