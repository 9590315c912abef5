"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failed, type ActionState } from "@/lib/action-state";
import { INVITE_LIFETIME_MS, workspaceIdSchema } from "@/lib/workspaces/schemas";
import { createWorkspaceInvite } from "@/server/data/create-workspace-invite";
import { getViewer } from "@/server/data/get-viewer";
import { userAction } from "@/server/user-action";

/** A new invite link for a workspace the current user owns, valid for 7 days. */
export const createInviteLink = userAction(
  {
    schema: z.object({ workspaceId: workspaceIdSchema }),
    signedOut: "Sign in first.",
    invalidMessage: "That workspace does not exist.",
  },
  async ({ workspaceId }, user): Promise<ActionState<{ path: string; expiresAt: string }>> => {
    const viewer = await getViewer({ userId: user.id });
    if (viewer.workspaces.get(workspaceId) !== "owner")
      return failed("Only the workspace's owner can invite.");
    const expiresAt = new Date(Date.now() + INVITE_LIFETIME_MS);
    const { token } = await createWorkspaceInvite({ workspaceId, createdById: user.id, expiresAt });
    revalidatePath("/workspaces");
    return { ok: true, data: { path: `/join/${token}`, expiresAt: expiresAt.toISOString() } };
  },
);
