"use server";

import type { ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import type { z } from "zod";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { changeCommentSchema } from "@/lib/annotations/schemas";
import { currentUser } from "@/server/auth";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { updateComment } from "@/server/data/update-comment";
import { readReaderNotes } from "@/server/notes/read-reader-notes";
import { rateLimitState } from "@/server/rate-limits";

/** Edits or deletes one's own reply; a stale edit is a conflict, never an overwrite. */
export async function changeComment(
  input: z.input<typeof changeCommentSchema>,
): Promise<ActionState<{ annotation: ReaderAnnotation | null }>> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = changeCommentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message);
  const annotation = await getAnnotation({
    id: parsed.data.annotationId,
    viewer: await getViewer({ userId: user.id }),
  });
  if (!annotation) return failed("That note does not exist or is not available to you.");
  const result = await updateComment({
    id: parsed.data.commentId,
    annotationId: annotation.id,
    authorId: user.id,
    expectedVersion: parsed.data.version,
    body: parsed.data.body,
  });
  if (result.status === "not-found") return failed("Only its author can change a reply.");
  if (result.status === "conflict")
    return failed("This reply was changed since you opened it. Its newer text is shown below.", {
      body: [result.body],
    });
  const [saved] = await readReaderNotes({
    filingSlug: annotation.filing.slug,
    userId: user.id,
    annotationIds: [annotation.id],
  });
  return { ok: true, data: { annotation: saved ?? null } };
}
