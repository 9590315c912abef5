"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { currentUser } from "@/server/auth";
import { getViewer } from "@/server/data/get-viewer";
import { removeWorkspaceMember } from "@/server/data/remove-workspace-member";

/**
 * Leaves a workspace (userId is oneself) or, for its owner, removes a member. An owner cannot
 * leave: the workspace would have no one to manage it.
 */
export async function removeMember(input: { workspaceId: string; userId: string }): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const role = (await getViewer({ userId: user.id })).workspaces.get(String(input.workspaceId));
  if (!role) return failed("That workspace does not exist or is not yours.");
  const leaving = input.userId === user.id;
  if (leaving && role === "owner") return failed("Owners cannot leave their workspace.");
  if (!leaving && role !== "owner") return failed("Only the workspace's owner can remove members.");
  await removeWorkspaceMember({ workspaceId: input.workspaceId, userId: input.userId });
  revalidatePath("/workspaces");
  return { ok: true };
}
