"use server";

import { editAnnotationSchema } from "@/lib/annotations/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { editNote } from "@/server/notes/edit-note";
import { readSavedNote } from "@/server/notes/read-saved-note";
import { userAction } from "@/server/user-action";

/**
 * The author edits their note (see editNote: an edit from an older version is a conflict with
 * the newer text to compare, never written over it). Returns the note as the reader now shows it.
 */
export const editAnnotation = userAction(
  { schema: editAnnotationSchema, signedOut: "Sign in first." },
  async (input, user) => {
    const edited = await editNote({
      viewer: await getViewer({ userId: user.id }),
      annotationId: input.id,
      expectedVersion: input.version,
      note: input.note,
      label: input.label,
      tags: input.tags,
    });
    const annotation = await readSavedNote({
      filingSlug: edited.filingSlug,
      userId: user.id,
      annotationId: edited.id,
    });
    return { ok: true, data: { annotation } };
  },
);
