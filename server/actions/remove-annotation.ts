"use server";

import { failed, type ActionState } from "@/lib/action-state";
import { annotationIdSchema } from "@/lib/annotations/schemas";
import { canDeleteAnnotation } from "@/lib/permissions/annotation-access";
import { currentUser } from "@/server/auth";
import { deleteAnnotation } from "@/server/data/delete-annotation";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { rateLimitState } from "@/server/rate-limits";

/** Deletes a note with its thread: its author, or an owner of the workspace it is shared with. */
export async function removeAnnotation(input: { id: string }): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const id = annotationIdSchema.safeParse(input?.id);
  if (!id.success) return failed("That note does not exist or is not available to you.");
  const viewer = await getViewer({ userId: user.id });
  const annotation = await getAnnotation({ id: id.data, viewer });
  if (!annotation) return failed("That note does not exist or is not available to you.");
  if (!canDeleteAnnotation(viewer, annotation))
    return failed("Only its author or the workspace's owner can delete a note.");
  await deleteAnnotation({ id: annotation.id });
  return { ok: true };
}
