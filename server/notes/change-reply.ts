import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { updateComment } from "@/server/data/update-comment";
import { AppError } from "@/server/errors";
import { findNote } from "./find-note";

/**
 * Edits (a new body) or deletes (null: a "deleted" placeholder stays, so the replies to it keep
 * their place) one's own reply in a note's thread; the reply must be in that thread. A stale
 * change is a conflict carrying the newer text, never an overwrite.
 * @throws AppError "not-found" (the note), "forbidden" (not one's own reply in this thread), "conflict"
 */
export async function changeReply(options: {
  viewer: Viewer;
  annotationId: string;
  commentId: string;
  expectedVersion: number;
  /** Markdown, already validated (length, not blank); null deletes. */
  body: string | null;
}): Promise<{ annotationId: string; filingSlug: string }> {
  const annotation = await findNote({ viewer: options.viewer, annotationId: options.annotationId });
  const result = await updateComment({
    id: options.commentId,
    annotationId: annotation.id,
    authorId: options.viewer.id,
    expectedVersion: options.expectedVersion,
    body: options.body,
  });
  // A reply of another thread, or someone else's, is one the viewer cannot change: the same answer.
  if (result.status === "not-found") throw new AppError("forbidden", "Only its author can change a reply.");
  if (result.status === "conflict")
    throw new AppError(
      "conflict",
      "This reply was changed since you opened it. Its newer text is shown below.",
      {
        fieldErrors: { body: [result.body] },
      },
    );
  return { annotationId: annotation.id, filingSlug: annotation.filing.slug };
}
