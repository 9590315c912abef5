import "server-only";
import { db } from "../db";

/** A reply of the given annotation's thread (null when it is not one of its replies). */
export async function getComment(options: { id: string; annotationId: string }) {
  return db().comment.findFirst({
    where: { id: options.id, annotationId: options.annotationId },
    select: { id: true, deletedAt: true },
  });
}
