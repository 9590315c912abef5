"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { resolveAnnotationSchema } from "@/lib/annotations/schemas";
import { currentUser } from "@/server/auth";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { setAnnotationResolved } from "@/server/data/set-annotation-resolved";
import { rateLimitState } from "@/server/rate-limits";

/** Resolves or reopens a thread: anyone who may see the note may do it. */
export async function resolveAnnotation(input: { id: string; resolved: boolean }): Promise<ActionState> {
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
  revalidatePath(`/filings/${annotation.filing.slug}`);
  return { ok: true };
}
