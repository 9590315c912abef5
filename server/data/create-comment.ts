import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { recordFollowNotices } from "./record-follow-notices";
import { recordLiveEvent } from "./record-live-event";

/**
 * Adds a reply to an annotation's thread (the caller has checked the annotation is visible),
 * and tells the followers who may read it (not its author, not those it @mentions); returns
 * the reply's id and who was told.
 * @throws AppError "invalid-input" when `parentId` is not a live reply in the same thread
 */
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
    if (options.parentId !== null) {
      const parent = await tx.comment.findFirst({
        // A deleted reply is a placeholder: nothing new hangs from it.
        where: { id: options.parentId, annotationId: options.annotationId, deletedAt: null },
        select: { id: true },
      });
      if (!parent) throw new AppError("invalid-input", "The reply you answered is not in this thread.");
    }
    const created = await tx.comment.create({
      data: { ...comment, mentions: { create: mentionedUserIds.map((userId) => ({ userId })) } },
      select: { id: true },
    });
    const annotation = await tx.annotation.findUniqueOrThrow({
      where: { id: options.annotationId },
      select: { id: true, filingId: true, authorId: true, workspaceId: true },
    });
    await recordLiveEvent({ tx, annotation, kind: "comment.created" });
    const followerIds = await recordFollowNotices({
      tx,
      annotation,
      kind: "reply",
      actorId: options.authorId,
      commentId: created.id,
      exceptUserIds: mentionedUserIds,
    });
    return { id: created.id, followerIds };
  });
}
