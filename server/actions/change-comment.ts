"use server";

import { failed } from "@/lib/action-state";
import { changeCommentSchema } from "@/lib/annotations/schemas";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { updateComment } from "@/server/data/update-comment";
import { readSavedNote } from "@/server/notes/read-saved-note";
import { userAction } from "@/server/user-action";

/** Edits or deletes one's own reply; a stale edit is a conflict, never an overwrite. */
export const changeComment = userAction(
  { schema: changeCommentSchema, signedOut: "Sign in first." },
  async (input, user) => {
    const annotation = await getAnnotation({
      id: input.annotationId,
      viewer: await getViewer({ userId: user.id }),
    });
    if (!annotation) return failed("That note does not exist or is not available to you.");
    const result = await updateComment({
      id: input.commentId,
      annotationId: annotation.id,
      authorId: user.id,
      expectedVersion: input.version,
      body: input.body,
    });
    if (result.status === "not-found") return failed("Only its author can change a reply.");
    if (result.status === "conflict")
      return failed("This reply was changed since you opened it. Its newer text is shown below.", {
        body: [result.body],
      });
    const saved = await readSavedNote({
      filingSlug: annotation.filing.slug,
      userId: user.id,
      annotationId: annotation.id,
    });
    return { ok: true, data: { annotation: saved } };
  },
);
