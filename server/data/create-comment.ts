import "server-only";
import { db } from "../db";
import { recordLiveEvent } from "./record-live-event";

/** Adds a reply to an annotation's thread (the caller has checked the annotation is visible). */
export async function createComment(options: {
  annotationId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  /** Users @mentioned in the body (already checked to be in the annotation's audience). */
  mentionedUserIds?: string[];
}) {
  const { mentionedUserIds = [], ...comment } = options;
  return db().$transaction(async (tx) => {
    const created = await tx.comment.create({
      data: { ...comment, mentions: { create: mentionedUserIds.map((userId) => ({ userId })) } },
      select: { id: true },
    });
    const annotation = await tx.annotation.findUniqueOrThrow({
      where: { id: options.annotationId },
      select: { id: true, filingId: true, authorId: true, workspaceId: true },
    });
    await recordLiveEvent({ tx, annotation, kind: "comment.created" });
    return created;
  });
}
