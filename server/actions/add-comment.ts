"use server";

import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { createCommentSchema, type CreateCommentInput } from "@/lib/annotations/schemas";
import { currentUser } from "@/server/auth";
import { createComment } from "@/server/data/create-comment";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";

/** Replies in an annotation's thread; an annotation the user may not see is "not found". */
export async function addComment(input: CreateCommentInput): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in to reply.");
  const parsed = createCommentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message);
  const annotation = await getAnnotation({
    id: parsed.data.annotationId,
    viewer: await getViewer({ userId: user.id }),
  });
  if (!annotation) return failed("That annotation does not exist or is not available to you.");
  await createComment({
    annotationId: annotation.id,
    authorId: user.id,
    parentId: parsed.data.parentId,
    body: parsed.data.body,
  });
  revalidatePath(`/filings/${annotation.filing.slug}`);
  return { ok: true };
}
