import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { setAnnotationResolved } from "@/server/data/set-annotation-resolved";
import { findNote } from "./find-note";

/**
 * Resolves or reopens a note's thread: anyone who may see the note may. The live event is
 * written with the change.
 * @throws AppError "not-found"
 */
export async function resolveNote(options: {
  viewer: Viewer;
  annotationId: string;
  resolved: boolean;
}): Promise<{ id: string; filingSlug: string }> {
  const annotation = await findNote({ viewer: options.viewer, annotationId: options.annotationId });
  await setAnnotationResolved({ id: annotation.id, resolved: options.resolved });
  return { id: annotation.id, filingSlug: annotation.filing.slug };
}
