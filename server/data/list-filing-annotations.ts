import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { db } from "../db";
import { visibleAnnotationsWhere } from "./annotation-visibility";
import { noteSummaryFields } from "./list-filing-note-summaries";

/**
 * The annotations of a filing this viewer may see, with authors and their threads (only those
 * named in `annotationIds`, when given: a note just saved, or one a colleague changed).
 */
export async function listFilingAnnotations(options: {
  filingId: string;
  viewer: Viewer;
  annotationIds?: string[];
}) {
  return db().annotation.findMany({
    where: {
      filingId: options.filingId,
      ...(options.annotationIds ? { id: { in: options.annotationIds } } : {}),
      ...visibleAnnotationsWhere(options.viewer),
    },
    orderBy: [{ start: "asc" }, { createdAt: "asc" }],
    select: {
      ...noteSummaryFields,
      note: true,
      updatedAt: true,
      comments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          parentId: true,
          authorId: true,
          version: true,
          body: true,
          createdAt: true,
          editedAt: true,
          deletedAt: true,
          author: { select: { name: true } },
        },
      },
    },
  });
}
