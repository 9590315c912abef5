"use server";

import type { ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { createCommentSchema, type CreateCommentInput } from "@/lib/annotations/schemas";
import { currentUser } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { getViewer } from "@/server/data/get-viewer";
import { readReaderNotes } from "@/server/notes/read-reader-notes";
import { replyToNote } from "@/server/notes/reply-to-note";
import { rateLimitState } from "@/server/rate-limits";

/**
 * Replies in an annotation's thread (see replyToNote); an annotation the user may not see is
 * "not found". Returns the note with its thread as it now is.
 */
export async function addComment(
  input: CreateCommentInput,
): Promise<ActionState<{ annotation: ReaderAnnotation | null }>> {
  const user = await currentUser();
  if (!user) return failed("Sign in to reply.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = createCommentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message);
  let reply: Awaited<ReturnType<typeof replyToNote>>;
  try {
    reply = await replyToNote({
      viewer: await getViewer({ userId: user.id }),
      annotationId: parsed.data.annotationId,
      parentId: parsed.data.parentId,
      body: parsed.data.body,
    });
  } catch (error) {
    if (isAppError(error)) return failed(error.message);
    throw error;
  }
  const [saved] = await readReaderNotes({
    filingSlug: reply.filingSlug,
    userId: user.id,
    annotationIds: [reply.annotationId],
  });
  return { ok: true, data: { annotation: saved ?? null } };
}
