import "server-only";
import { db } from "../db";
import { recordLiveEvent } from "./record-live-event";

/** Adds a reply to an annotation's thread (the caller has checked the annotation is visible). */
export async function createComment(options: {
  annotationId: string;
  authorId: string;
  parentId: string | null;
  body: string;
}) {
  return db().$transaction(async (tx) => {
    const comment = await tx.comment.create({ data: options, select: { id: true } });
    const annotation = await tx.annotation.findUniqueOrThrow({
      where: { id: options.annotationId },
      select: { id: true, filingId: true, authorId: true, workspaceId: true },
    });
    await recordLiveEvent({ tx, annotation, kind: "comment.created" });
    return comment;
  });
}
