"use server";

import { changeCommentSchema } from "@/lib/annotations/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { changeReply } from "@/server/notes/change-reply";
import { readSavedNote } from "@/server/notes/read-saved-note";
import { userAction } from "@/server/user-action";

/** Edits or deletes one's own reply (see changeReply: a stale edit is a conflict, never an overwrite). */
export const changeComment = userAction(
  { schema: changeCommentSchema, signedOut: "Sign in first." },
  async (input, user) => {
    const changed = await changeReply({
      viewer: await getViewer({ userId: user.id }),
      annotationId: input.annotationId,
      commentId: input.commentId,
      expectedVersion: input.version,
      body: input.body,
    });
    const annotation = await readSavedNote({
      filingSlug: changed.filingSlug,
      userId: user.id,
      annotationId: changed.annotationId,
    });
    return { ok: true, data: { annotation } };
  },
);
