import "server-only";
import { db } from "../db";

/** Adds a reply to an annotation's thread (the caller has checked the annotation is visible). */
export async function createComment(options: {
  annotationId: string;
  authorId: string;
  parentId: string | null;
  body: string;
}) {
  return db().comment.create({ data: options, select: { id: true } });
}
