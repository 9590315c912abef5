"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { workspaceRenameSchema } from "@/lib/workspaces/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { renameWorkspace as storeName } from "@/server/data/rename-workspace";
import { userFormAction } from "@/server/user-action";

/** Renames a workspace; only its owners may. */
export const renameWorkspace = userFormAction(
  { schema: workspaceRenameSchema, signedOut: "Sign in first." },
  async ({ workspaceId, name }, user): Promise<ActionState> => {
    const role = (await getViewer({ userId: user.id })).workspaces.get(workspaceId);
    if (role !== "owner") return failed("Only the workspace's owners can rename it.");
    if (!(await storeName({ workspaceId, name }))) return failed("That workspace does not exist any more.");
    revalidatePath("/workspaces");
    return { ok: true };
  },
);
