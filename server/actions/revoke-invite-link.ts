"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failed, type ActionState } from "@/lib/action-state";
import { inviteTokenSchema, workspaceIdSchema } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { getViewer } from "@/server/data/get-viewer";
import { revokeWorkspaceInvite } from "@/server/data/revoke-workspace-invite";
import { rateLimitState } from "@/server/rate-limits";

const revokeInviteSchema = z.object({ workspaceId: workspaceIdSchema, token: inviteTokenSchema });

/** Revokes an invite link of a workspace the current user owns: it stops working at once. */
export async function revokeInviteLink(input: { workspaceId: string; token: string }): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = revokeInviteSchema.safeParse(input);
  if (!parsed.success) return failed("That invite link does not exist.");
  const viewer = await getViewer({ userId: user.id });
  if (viewer.workspaces.get(parsed.data.workspaceId) !== "owner")
    return failed("Only the workspace's owner can revoke its invite links.");
  if (!(await revokeWorkspaceInvite(parsed.data))) return failed("That invite link no longer works already.");
  revalidatePath("/workspaces");
  return { ok: true };
}
