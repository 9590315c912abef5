import "server-only";
import { canDeleteAnnotation, type Viewer } from "@/lib/permissions/annotation-access";
import { deleteAnnotation } from "@/server/data/delete-annotation";
import { AppError } from "@/server/errors";
import { findNote } from "./find-note";

/**
 * Deletes a note with its thread, the one way for every path: its author, or an owner of the
 * workspace it is shared with. With `expectedVersion` (the API's If-Match), a note changed
 * since is kept and the caller told.
 * @throws AppError "not-found", "forbidden", "precondition-failed" (changed since that version)
 */
export async function deleteNote(options: {
  viewer: Viewer;
  annotationId: string;
  expectedVersion?: number | null;
}): Promise<{ filingSlug: string }> {
  const { viewer } = options;
  const annotation = await findNote({ viewer, annotationId: options.annotationId });
  if (!canDeleteAnnotation(viewer, annotation))
    throw new AppError("forbidden", "Only its author or the workspace's owner can delete a note.");
  if (options.expectedVersion !== undefined && options.expectedVersion !== annotation.version)
    throw new AppError("precondition-failed", "The note changed since that version; fetch it again.");
  await deleteAnnotation({ id: annotation.id });
  return { filingSlug: annotation.filing.slug };
}
