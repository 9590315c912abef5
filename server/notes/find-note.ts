import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { getAnnotation } from "@/server/data/get-annotation";
import { AppError } from "@/server/errors";

/** What every path says of a note that is not there or not the viewer's to see (the same: no leak). */
export const NOTE_NOT_FOUND = "That note does not exist or is not available to you.";

/**
 * The note if this viewer may see it; otherwise AppError "not-found" — for a note that does
 * not exist, one the viewer may not see, and an id that cannot be one alike.
 */
export async function findNote(options: { viewer: Viewer; annotationId: string }) {
  const annotation = z.uuid().safeParse(options.annotationId).success
    ? await getAnnotation({ id: options.annotationId, viewer: options.viewer })
    : null;
  if (!annotation) throw new AppError("not-found", NOTE_NOT_FOUND);
  return annotation;
}
