"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { workspaceNameSchema } from "@/lib/workspaces/schemas";
import { createWorkspace as storeWorkspace } from "@/server/data/create-workspace";
import { userFormAction } from "@/server/user-action";

/** Creates a workspace with the current user as its owner. */
export const createWorkspace = userFormAction(
  { schema: workspaceNameSchema, signedOut: "Sign in to create a workspace." },
  async ({ name }, user): Promise<ActionState> => {
    await storeWorkspace({ name, ownerId: user.id });
    revalidatePath("/workspaces");
    return { ok: true };
  },
);
