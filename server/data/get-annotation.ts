import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { db } from "../db";
import { visibleAnnotationsWhere } from "./annotation-visibility";

/** One annotation if this viewer may see it, else null (callers answer 404 either way). */
export async function getAnnotation(options: { id: string; viewer: Viewer }) {
  return db().annotation.findFirst({
    where: { id: options.id, ...visibleAnnotationsWhere(options.viewer) },
    select: {
      id: true,
      authorId: true,
      workspaceId: true,
      filingId: true,
      version: true,
      filing: { select: { slug: true } },
    },
  });
}
