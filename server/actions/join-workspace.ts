"use server";

import { redirect } from "next/navigation";
import { failed, type ActionState } from "@/lib/action-state";
import { inviteTokenSchema, mayJoinWithInvite } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { addWorkspaceMember } from "@/server/data/add-workspace-member";
import { getWorkspaceInvite } from "@/server/data/get-workspace-invite";
import { getWorkspaceRemoval } from "@/server/data/get-workspace-removal";
import { rateLimitState } from "@/server/rate-limits";

/**
 * Joins the workspace of a valid invite link: not expired, not revoked, and made after any
 * removal of this person from the workspace.
 */
export async function joinWorkspace(token: string): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = inviteTokenSchema.safeParse(token);
  const invite = parsed.success ? await getWorkspaceInvite({ token: parsed.data }) : null;
  const removedAt = invite
    ? await getWorkspaceRemoval({ workspaceId: invite.workspaceId, userId: user.id })
    : null;
  if (!mayJoinWithInvite(invite, removedAt, new Date()))
    return failed("This invite link has expired, was revoked, or does not exist.");
  await addWorkspaceMember({ workspaceId: invite!.workspaceId, userId: user.id });
  redirect("/workspaces");
}
