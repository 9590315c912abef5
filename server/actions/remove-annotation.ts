"use server";

import { z } from "zod";
import { failed, type ActionState } from "@/lib/action-state";
import { annotationIdSchema } from "@/lib/annotations/schemas";
import { canDeleteAnnotation } from "@/lib/permissions/annotation-access";
import { deleteAnnotation } from "@/server/data/delete-annotation";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { userAction } from "@/server/user-action";

const NOT_THERE = "That note does not exist or is not available to you.";

/** Deletes a note with its thread: its author, or an owner of the workspace it is shared with. */
export const removeAnnotation = userAction(
  { schema: z.object({ id: annotationIdSchema }), signedOut: "Sign in first.", invalidMessage: NOT_THERE },
  async (input, user): Promise<ActionState> => {
    const viewer = await getViewer({ userId: user.id });
    const annotation = await getAnnotation({ id: input.id, viewer });
    if (!annotation) return failed(NOT_THERE);
    if (!canDeleteAnnotation(viewer, annotation))
      return failed("Only its author or the workspace's owner can delete a note.");
    await deleteAnnotation({ id: annotation.id });
    return { ok: true };
  },
);
