import "server-only";
import { db } from "../db";
import { recordFollowNotices } from "./record-follow-notices";
import { recordLiveEvent } from "./record-live-event";

/**
 * Resolves (or reopens) an annotation's thread. A resolution by `actorId` is told to the
 * followers who may read the note (not the actor); returns who was told.
 */
export async function setAnnotationResolved(options: {
  id: string;
  resolved: boolean;
  /** Who resolves it; unset: nobody is told. */
  actorId?: string;
}): Promise<{ followerIds: string[] }> {
  return db().$transaction(async (tx) => {
    const annotation = await tx.annotation.update({
      where: { id: options.id },
      data: { resolvedAt: options.resolved ? new Date() : null },
      select: { id: true, filingId: true, authorId: true, workspaceId: true },
    });
    await recordLiveEvent({ tx, annotation, kind: "annotation.updated" });
    const followerIds =
      options.resolved && options.actorId
        ? await recordFollowNotices({ tx, annotation, kind: "resolved", actorId: options.actorId })
        : [];
    return { followerIds };
  });
}
