"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failed, type ActionState } from "@/lib/action-state";
import { inviteTokenSchema, workspaceIdSchema } from "@/lib/workspaces/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { revokeWorkspaceInvite } from "@/server/data/revoke-workspace-invite";
import { userAction } from "@/server/user-action";

const revokeInviteSchema = z.object({ workspaceId: workspaceIdSchema, token: inviteTokenSchema });

/** Revokes an invite link of a workspace the current user owns: it stops working at once. */
export const revokeInviteLink = userAction(
  {
    schema: revokeInviteSchema,
    signedOut: "Sign in first.",
    invalidMessage: "That invite link does not exist.",
  },
  async (input, user): Promise<ActionState> => {
    const viewer = await getViewer({ userId: user.id });
    if (viewer.workspaces.get(input.workspaceId) !== "owner")
      return failed("Only the workspace's owner can revoke its invite links.");
    if (!(await revokeWorkspaceInvite(input))) return failed("That invite link no longer works already.");
    revalidatePath("/workspaces");
    return { ok: true };
  },
);
