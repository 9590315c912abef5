"use server";

import { resolveAnnotationSchema } from "@/lib/annotations/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { NOTE_NOT_FOUND } from "@/server/notes/find-note";
import { readSavedNote } from "@/server/notes/read-saved-note";
import { resolveNote } from "@/server/notes/resolve-note";
import { userAction } from "@/server/user-action";

/** Resolves or reopens a thread (anyone who may see the note). Returns the note as it now is. */
export const resolveAnnotation = userAction(
  { schema: resolveAnnotationSchema, signedOut: "Sign in first.", invalidMessage: NOTE_NOT_FOUND },
  async (input, user) => {
    const resolved = await resolveNote({
      viewer: await getViewer({ userId: user.id }),
      annotationId: input.id,
      resolved: input.resolved,
    });
    const annotation = await readSavedNote({
      filingSlug: resolved.filingSlug,
      userId: user.id,
      annotationId: resolved.id,
    });
    return { ok: true, data: { annotation } };
  },
);
