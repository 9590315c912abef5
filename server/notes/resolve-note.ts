import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { setAnnotationResolved } from "@/server/data/set-annotation-resolved";
import { emailNoteEvent } from "./email-note-event";
import { findNote } from "./find-note";

/**
 * Resolves or reopens a note's thread: anyone who may see the note may. The live event is
 * written with the change; a resolution is told to the followers who may read the note (and
 * emailed to those who asked, once it is saved).
 * @throws AppError "not-found"
 */
export async function resolveNote(options: {
  viewer: Viewer;
  annotationId: string;
  resolved: boolean;
}): Promise<{ id: string; filingSlug: string }> {
  const annotation = await findNote({ viewer: options.viewer, annotationId: options.annotationId });
  const { followerIds } = await setAnnotationResolved({
    id: annotation.id,
    resolved: options.resolved,
    actorId: options.viewer.id,
  });
  await emailNoteEvent({
    event: "resolved",
    actorId: options.viewer.id,
    annotationId: annotation.id,
    commentId: null,
    mentionedUserIds: [],
    followerIds,
  });
  return { id: annotation.id, filingSlug: annotation.filing.slug };
}
