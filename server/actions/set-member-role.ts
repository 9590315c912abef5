"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { memberRoleSchema } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { getViewer } from "@/server/data/get-viewer";
import { setWorkspaceMemberRole } from "@/server/data/set-workspace-member-role";
import { rateLimitState } from "@/server/rate-limits";

/** Makes a member an owner, or an owner a member; only owners may, and one owner always stays. */
export async function setMemberRole(input: {
  workspaceId: string;
  userId: string;
  role: "owner" | "member";
}): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = memberRoleSchema.safeParse(input);
  if (!parsed.success) return failed("That workspace, member or role does not exist.");
  const role = (await getViewer({ userId: user.id })).workspaces.get(parsed.data.workspaceId);
  if (role !== "owner") return failed("Only the workspace's owners can change roles.");
  const result = await setWorkspaceMemberRole(parsed.data);
  if (result === "not-member") return failed("They are not a member any more.");
  if (result === "last-owner") return failed("A workspace needs an owner: make someone else owner first.");
  revalidatePath("/workspaces");
  return { ok: true };
}
