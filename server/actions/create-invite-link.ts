"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { INVITE_LIFETIME_MS, workspaceIdSchema } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { createWorkspaceInvite } from "@/server/data/create-workspace-invite";
import { getViewer } from "@/server/data/get-viewer";
import { rateLimitState } from "@/server/rate-limits";

/** A new invite link for a workspace the current user owns, valid for 7 days. */
export async function createInviteLink(input: {
  workspaceId: string;
}): Promise<ActionState<{ path: string; expiresAt: string }>> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const workspaceId = workspaceIdSchema.safeParse(input.workspaceId);
  if (!workspaceId.success) return failed("That workspace does not exist.");
  const viewer = await getViewer({ userId: user.id });
  if (viewer.workspaces.get(workspaceId.data) !== "owner")
    return failed("Only the workspace's owner can invite.");
  const expiresAt = new Date(Date.now() + INVITE_LIFETIME_MS);
  const { token } = await createWorkspaceInvite({
    workspaceId: workspaceId.data,
    createdById: user.id,
    expiresAt,
  });
  revalidatePath("/workspaces");
  return { ok: true, data: { path: `/join/${token}`, expiresAt: expiresAt.toISOString() } };
}
