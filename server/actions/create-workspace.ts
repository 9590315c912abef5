"use server";

import { revalidatePath } from "next/cache";
import { failed, formValues, invalid, type ActionState } from "@/lib/action-state";
import { workspaceNameSchema } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { createWorkspace as storeWorkspace } from "@/server/data/create-workspace";
import { rateLimitState } from "@/server/rate-limits";

/** Creates a workspace with the current user as its owner. */
export async function createWorkspace(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in to create a workspace.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = workspaceNameSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, formValues(formData));
  await storeWorkspace({ name: parsed.data.name, ownerId: user.id });
  revalidatePath("/workspaces");
  return { ok: true };
}
