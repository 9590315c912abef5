import "server-only";
import { db } from "../db";
import { recordLiveEvent } from "./record-live-event";

/**
 * Edits (new body) or deletes (body null: a "deleted" placeholder stays in the thread) one's
 * own comment in the given annotation's thread, if it is still at `expectedVersion`; otherwise
 * nothing is written. A reply of another thread is "not-found", whoever wrote it.
 */
export async function updateComment(options: {
  id: string;
  /** The thread the reply must be in (the note the caller checked access to). */
  annotationId: string;
  authorId: string;
  expectedVersion: number;
  body: string | null;
}): Promise<{ status: "updated" } | { status: "conflict"; body: string } | { status: "not-found" }> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.comment.updateMany({
      where: {
        id: options.id,
        annotationId: options.annotationId,
        authorId: options.authorId,
        version: options.expectedVersion,
        deletedAt: null,
      },
      data:
        options.body === null
          ? { deletedAt: now, body: "", version: { increment: 1 } }
          : { body: options.body, editedAt: now, version: { increment: 1 } },
    });
    const current = await tx.comment.findFirst({
      where: { id: options.id, annotationId: options.annotationId, authorId: options.authorId },
      select: {
        body: true,
        annotation: { select: { id: true, filingId: true, authorId: true, workspaceId: true } },
      },
    });
    if (!current) return { status: "not-found" } as const;
    if (count === 0) return { status: "conflict", body: current.body } as const;
    await recordLiveEvent({ tx, annotation: current.annotation, kind: "comment.created" });
    return { status: "updated" } as const;
  });
}
