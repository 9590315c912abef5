import "server-only";
import { db } from "../db";
import { visibleAnnotationsWhere } from "./annotation-visibility";
import type { Viewer } from "@/lib/permissions/annotation-access";

/** Recent comments that @mention the viewer, on notes they may still see ("For you"). */
export async function listMentionsForUser(options: { viewer: Viewer; limit: number }) {
  return db().mention.findMany({
    where: {
      userId: options.viewer.id,
      comment: { deletedAt: null, annotation: visibleAnnotationsWhere(options.viewer) },
    },
    orderBy: { createdAt: "desc" },
    take: options.limit,
    select: {
      createdAt: true,
      comment: {
        select: {
          id: true,
          body: true,
          author: { select: { name: true } },
          annotation: {
            select: {
              id: true,
              exact: true,
              filing: { select: { company: true, form: true, fiscalYear: true } },
            },
          },
        },
      },
    },
  });
}
