"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { followSchema } from "@/lib/notify/follow";
import { createFollow } from "@/server/data/create-follow";
import { deleteFollow } from "@/server/data/delete-follow";
import { getViewer } from "@/server/data/get-viewer";
import { userFormAction } from "@/server/user-action";

/**
 * The signed-in user follows (`follow` "on") or stops following a filing or a workspace they
 * are in: others' new notes, replies and resolutions there that they may read come into "For
 * you" (and by email if they asked). Answers whether they now follow it.
 */
export const follow = userFormAction(
  { schema: followSchema, signedOut: "Sign in to follow." },
  async ({ target, id, follow: on }, user): Promise<ActionState<{ following: boolean }>> => {
    if (target === "workspace" && !(await getViewer({ userId: user.id })).workspaces.has(id))
      return failed("You are not in that workspace.");
    const followed = target === "workspace" ? { workspaceId: id } : { filingSlug: id };
    if (on === "on") await createFollow({ userId: user.id, target: followed });
    else await deleteFollow({ userId: user.id, target: followed });
    if (target === "workspace") revalidatePath("/workspaces");
    return { ok: true, data: { following: on === "on" } };
  },
);
