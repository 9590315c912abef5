"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { memberChangeSchema } from "@/lib/workspaces/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { removeWorkspaceMember } from "@/server/data/remove-workspace-member";
import { userAction } from "@/server/user-action";

/**
 * Leaves a workspace (userId is oneself) or, for its owner, removes a member. An owner cannot
 * leave: the workspace would have no one to manage it. Only ids are taken: anything else (an
 * object, a filter) never reaches the query.
 */
export const removeMember = userAction(
  {
    schema: memberChangeSchema,
    signedOut: "Sign in first.",
    invalidMessage: "That workspace or member does not exist.",
  },
  async ({ workspaceId, userId }, user): Promise<ActionState> => {
    const role = (await getViewer({ userId: user.id })).workspaces.get(workspaceId);
    if (!role) return failed("That workspace does not exist or is not yours.");
    const leaving = userId === user.id;
    if (leaving && role === "owner") return failed("Owners cannot leave their workspace.");
    if (!leaving && role !== "owner") return failed("Only the workspace's owner can remove members.");
    if (!(await removeWorkspaceMember({ workspaceId, userId })))
      return failed("They are not a member any more.");
    revalidatePath("/workspaces");
    return { ok: true };
  },
);
