"use server";

import type { ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import { failed, type ActionState } from "@/lib/action-state";
import { resolveAnnotationSchema } from "@/lib/annotations/schemas";
import { currentUser } from "@/server/auth";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { setAnnotationResolved } from "@/server/data/set-annotation-resolved";
import { readReaderNotes } from "@/server/notes/read-reader-notes";
import { rateLimitState } from "@/server/rate-limits";

/** Resolves or reopens a thread: anyone who may see the note may do it. Returns the note as it now is. */
export async function resolveAnnotation(input: {
  id: string;
  resolved: boolean;
}): Promise<ActionState<{ annotation: ReaderAnnotation | null }>> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = resolveAnnotationSchema.safeParse(input);
  if (!parsed.success) return failed("That note does not exist or is not available to you.");
  const annotation = await getAnnotation({
    id: parsed.data.id,
    viewer: await getViewer({ userId: user.id }),
  });
  if (!annotation) return failed("That note does not exist or is not available to you.");
  await setAnnotationResolved({ id: annotation.id, resolved: parsed.data.resolved });
  const [saved] = await readReaderNotes({
    filingSlug: annotation.filing.slug,
    userId: user.id,
    annotationIds: [annotation.id],
  });
  return { ok: true, data: { annotation: saved ?? null } };
}
