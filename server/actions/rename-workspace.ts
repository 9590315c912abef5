"use server";

import { revalidatePath } from "next/cache";
import { failed, formValues, invalid, type ActionState } from "@/lib/action-state";
import { workspaceRenameSchema } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { getViewer } from "@/server/data/get-viewer";
import { renameWorkspace as storeName } from "@/server/data/rename-workspace";
import { rateLimitState } from "@/server/rate-limits";

/** Renames a workspace; only its owners may. */
export async function renameWorkspace(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = workspaceRenameSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, formValues(formData));
  const role = (await getViewer({ userId: user.id })).workspaces.get(parsed.data.workspaceId);
  if (role !== "owner") return failed("Only the workspace's owners can rename it.");
  if (!(await storeName({ workspaceId: parsed.data.workspaceId, name: parsed.data.name })))
    return failed("That workspace does not exist any more.");
  revalidatePath("/workspaces");
  return { ok: true };
}
