"use server";

import { createCommentSchema } from "@/lib/annotations/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { readSavedNote } from "@/server/notes/read-saved-note";
import { replyToNote } from "@/server/notes/reply-to-note";
import { userAction } from "@/server/user-action";

/**
 * Replies in an annotation's thread (see replyToNote); an annotation the user may not see is
 * "not found". Returns the note with its thread as it now is.
 */
export const addComment = userAction(
  { schema: createCommentSchema, signedOut: "Sign in to reply." },
  async (input, user) => {
    const reply = await replyToNote({
      viewer: await getViewer({ userId: user.id }),
      annotationId: input.annotationId,
      parentId: input.parentId,
      body: input.body,
    });
    const saved = await readSavedNote({
      filingSlug: reply.filingSlug,
      userId: user.id,
      annotationId: reply.annotationId,
    });
    return { ok: true, data: { annotation: saved } };
  },
);
