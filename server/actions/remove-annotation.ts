"use server";

import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { annotationIdSchema } from "@/lib/annotations/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { deleteNote } from "@/server/notes/delete-note";
import { NOTE_NOT_FOUND } from "@/server/notes/find-note";
import { userAction } from "@/server/user-action";

/** Deletes a note with its thread (see deleteNote: its author, or the workspace's owner). */
export const removeAnnotation = userAction(
  {
    schema: z.object({ id: annotationIdSchema }),
    signedOut: "Sign in first.",
    invalidMessage: NOTE_NOT_FOUND,
  },
  async (input, user): Promise<ActionState> => {
    await deleteNote({ viewer: await getViewer({ userId: user.id }), annotationId: input.id });
    return { ok: true };
  },
);
