"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { MAX_NOTE_LENGTH } from "@/lib/annotations/schemas";
import { currentUser } from "@/server/auth";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { updateComment } from "@/server/data/update-comment";

const changeCommentSchema = z.object({
  annotationId: z.uuid(),
  commentId: z.uuid(),
  version: z.number().int().min(1),
  /** The new text, or null to delete. */
  body: z.string().trim().min(1, "Write something, or delete the reply.").max(MAX_NOTE_LENGTH).nullable(),
});

/** Edits or deletes one's own reply; a stale edit is a conflict, never an overwrite. */
export async function changeComment(input: z.input<typeof changeCommentSchema>): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const parsed = changeCommentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message);
  const annotation = await getAnnotation({
    id: parsed.data.annotationId,
    viewer: await getViewer({ userId: user.id }),
  });
  if (!annotation) return failed("That note does not exist or is not available to you.");
  const result = await updateComment({
    id: parsed.data.commentId,
    authorId: user.id,
    expectedVersion: parsed.data.version,
    body: parsed.data.body,
  });
  if (result.status === "not-found") return failed("Only its author can change a reply.");
  if (result.status === "conflict")
    return failed("This reply was changed since you opened it. Its newer text is shown below.", {
      body: [result.body],
    });
  revalidatePath(`/filings/${annotation.filing.slug}`);
  return { ok: true };
}
