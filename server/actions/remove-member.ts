"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { memberChangeSchema } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { getViewer } from "@/server/data/get-viewer";
import { removeWorkspaceMember } from "@/server/data/remove-workspace-member";
import { rateLimitState } from "@/server/rate-limits";

/**
 * Leaves a workspace (userId is oneself) or, for its owner, removes a member. An owner cannot
 * leave: the workspace would have no one to manage it.
 */
export async function removeMember(input: { workspaceId: string; userId: string }): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  // Only ids: anything else (an object, a filter) never reaches the query.
  const parsed = memberChangeSchema.safeParse(input);
  if (!parsed.success) return failed("That workspace or member does not exist.");
  const { workspaceId, userId } = parsed.data;
  const role = (await getViewer({ userId: user.id })).workspaces.get(workspaceId);
  if (!role) return failed("That workspace does not exist or is not yours.");
  const leaving = userId === user.id;
  if (leaving && role === "owner") return failed("Owners cannot leave their workspace.");
  if (!leaving && role !== "owner") return failed("Only the workspace's owner can remove members.");
  if (!(await removeWorkspaceMember({ workspaceId, userId })))
    return failed("They are not a member any more.");
  revalidatePath("/workspaces");
  return { ok: true };
}
