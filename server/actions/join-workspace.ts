"use server";

import { redirect } from "next/navigation";
import { failed, type ActionState } from "@/lib/action-state";
import { inviteIsValid } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { addWorkspaceMember } from "@/server/data/add-workspace-member";
import { getWorkspaceInvite } from "@/server/data/get-workspace-invite";

/** Joins the workspace of a valid invite link. */
export async function joinWorkspace(token: string): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const invite = await getWorkspaceInvite({ token: String(token) });
  if (!inviteIsValid(invite, new Date())) return failed("This invite link has expired or does not exist.");
  await addWorkspaceMember({ workspaceId: invite!.workspaceId, userId: user.id });
  redirect("/workspaces");
}
