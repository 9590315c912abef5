"use server";

import { failed } from "@/lib/action-state";
import { resolveAnnotationSchema } from "@/lib/annotations/schemas";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { setAnnotationResolved } from "@/server/data/set-annotation-resolved";
import { readSavedNote } from "@/server/notes/read-saved-note";
import { userAction } from "@/server/user-action";

const NOT_THERE = "That note does not exist or is not available to you.";

/** Resolves or reopens a thread: anyone who may see the note may do it. Returns the note as it now is. */
export const resolveAnnotation = userAction(
  { schema: resolveAnnotationSchema, signedOut: "Sign in first.", invalidMessage: NOT_THERE },
  async (input, user) => {
    const annotation = await getAnnotation({ id: input.id, viewer: await getViewer({ userId: user.id }) });
    if (!annotation) return failed(NOT_THERE);
    await setAnnotationResolved({ id: annotation.id, resolved: input.resolved });
    const saved = await readSavedNote({
      filingSlug: annotation.filing.slug,
      userId: user.id,
      annotationId: annotation.id,
    });
    return { ok: true, data: { annotation: saved } };
  },
);
