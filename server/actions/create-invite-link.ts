"use server";

import { failed, type ActionState } from "@/lib/action-state";
import { INVITE_LIFETIME_MS } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { createWorkspaceInvite } from "@/server/data/create-workspace-invite";
import { getViewer } from "@/server/data/get-viewer";

/** A new invite link for a workspace the current user owns, valid for 7 days. */
export async function createInviteLink(input: {
  workspaceId: string;
}): Promise<ActionState<{ path: string; expiresAt: string }>> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const viewer = await getViewer({ userId: user.id });
  if (viewer.workspaces.get(String(input.workspaceId)) !== "owner")
    return failed("Only the workspace's owner can invite.");
  const expiresAt = new Date(Date.now() + INVITE_LIFETIME_MS);
  const { token } = await createWorkspaceInvite({
    workspaceId: input.workspaceId,
    createdById: user.id,
    expiresAt,
  });
  return { ok: true, data: { path: `/join/${token}`, expiresAt: expiresAt.toISOString() } };
}
