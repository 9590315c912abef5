"use server";

import type { ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { createCommentSchema, type CreateCommentInput } from "@/lib/annotations/schemas";
import { handleOf } from "@/lib/threads/handles";
import { mentionedHandles } from "@/lib/threads/mentions";
import { currentUser } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { listAnnotationAudience } from "@/server/data/list-annotation-audience";
import { createComment } from "@/server/data/create-comment";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { readReaderNotes } from "@/server/notes/read-reader-notes";
import { rateLimitState } from "@/server/rate-limits";

/**
 * Replies in an annotation's thread; an annotation the user may not see is "not found". Returns
 * the note with its thread as it now is.
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
  const annotation = await getAnnotation({
    id: parsed.data.annotationId,
    viewer: await getViewer({ userId: user.id }),
  });
  if (!annotation) return failed("That annotation does not exist or is not available to you.");
  // @mentions resolve only to people who can see the note: nobody is told of what they may not read.
  const audience = await listAnnotationAudience({ annotationId: annotation.id });
  const byHandle = new Map(audience.map((person) => [handleOf(person.email), person.id]));
  const mentioned = mentionedHandles(parsed.data.body, [...byHandle.keys()])
    .map((handle) => byHandle.get(handle))
    .filter((id): id is string => id !== undefined && id !== user.id);
  try {
    await createComment({
      annotationId: annotation.id,
      authorId: user.id,
      parentId: parsed.data.parentId,
      body: parsed.data.body,
      mentionedUserIds: mentioned,
    });
  } catch (error) {
    if (isAppError(error)) return failed(error.message);
    throw error;
  }
  const [saved] = await readReaderNotes({
    filingSlug: annotation.filing.slug,
    userId: user.id,
    annotationIds: [annotation.id],
  });
  return { ok: true, data: { annotation: saved ?? null } };
}
