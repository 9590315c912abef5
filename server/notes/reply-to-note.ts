import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { handleOf } from "@/lib/threads/handles";
import { mentionedHandles } from "@/lib/threads/mentions";
import { createComment } from "@/server/data/create-comment";
import { listAnnotationAudience } from "@/server/data/list-annotation-audience";
import { emailNoteEvent } from "./email-note-event";
import { findNote } from "./find-note";

/**
 * Replies in a note's thread, the one way for every path (the reader's action and the API):
 * the note must be visible to the viewer, the reply answered (if any) must be in the same
 * thread, and each @mention of someone who may read the note is recorded for them ("For
 * you"), and followers of its filing or workspace who may read it are told too (once: a
 * mention wins); nobody is told of what they may not read, nor of their own reply. The live
 * event is written with the reply; emails are queued once it is saved.
 * @throws AppError "not-found" when the note does not exist or the viewer may not see it
 * @throws AppError "invalid-input" when `parentId` is not a live reply in this thread
 */
export async function replyToNote(options: {
  viewer: Viewer;
  annotationId: string;
  parentId: string | null;
  /** Markdown, already validated (length, not blank). */
  body: string;
}): Promise<{ commentId: string; annotationId: string; filingSlug: string; mentionedUserIds: string[] }> {
  const { viewer } = options;
  const annotation = await findNote({ viewer, annotationId: options.annotationId });
  const audience = await listAnnotationAudience({ annotationId: annotation.id });
  const byHandle = new Map(audience.map((person) => [handleOf(person.email), person.id]));
  const mentionedUserIds = mentionedHandles(options.body, [...byHandle.keys()])
    .map((handle) => byHandle.get(handle))
    .filter((id): id is string => id !== undefined && id !== viewer.id);
  const created = await createComment({
    annotationId: annotation.id,
    authorId: viewer.id,
    parentId: options.parentId,
    body: options.body,
    mentionedUserIds,
  });
  await emailNoteEvent({
    event: "reply",
    actorId: viewer.id,
    annotationId: annotation.id,
    commentId: created.id,
    mentionedUserIds,
    followerIds: created.followerIds,
  });
  return {
    commentId: created.id,
    annotationId: annotation.id,
    filingSlug: annotation.filing.slug,
    mentionedUserIds,
  };
}
