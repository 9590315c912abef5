"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { memberRoleSchema } from "@/lib/workspaces/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { setWorkspaceMemberRole } from "@/server/data/set-workspace-member-role";
import { userAction } from "@/server/user-action";

/** Makes a member an owner, or an owner a member; only owners may, and one owner always stays. */
export const setMemberRole = userAction(
  {
    schema: memberRoleSchema,
    signedOut: "Sign in first.",
    invalidMessage: "That workspace, member or role does not exist.",
  },
  async (input, user): Promise<ActionState> => {
    const role = (await getViewer({ userId: user.id })).workspaces.get(input.workspaceId);
    if (role !== "owner") return failed("Only the workspace's owners can change roles.");
    const result = await setWorkspaceMemberRole(input);
    if (result === "not-member") return failed("They are not a member any more.");
    if (result === "last-owner") return failed("A workspace needs an owner: make someone else owner first.");
    revalidatePath("/workspaces");
    return { ok: true };
  },
);
