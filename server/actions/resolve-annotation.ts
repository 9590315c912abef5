"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { currentUser } from "@/server/auth";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { setAnnotationResolved } from "@/server/data/set-annotation-resolved";

/** Resolves or reopens a thread: anyone who may see the note may do it. */
export async function resolveAnnotation(input: { id: string; resolved: boolean }): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const annotation = await getAnnotation({
    id: String(input.id),
    viewer: await getViewer({ userId: user.id }),
  });
  if (!annotation) return failed("That note does not exist or is not available to you.");
  await setAnnotationResolved({ id: annotation.id, resolved: Boolean(input.resolved) });
  revalidatePath(`/filings/${annotation.filing.slug}`);
  return { ok: true };
}
