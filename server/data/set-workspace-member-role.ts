import "server-only";
import { accessChanged } from "../access-epoch";
import { db } from "../db";

/**
 * Sets a member's role. A workspace always keeps an owner: demoting its last one is refused.
 * The workspace row is locked first, so two owners demoting each other at once cannot both
 * succeed.
 * @returns "ok", "not-member", or "last-owner"
 */
export async function setWorkspaceMemberRole(options: {
  workspaceId: string;
  userId: string;
  role: "owner" | "member";
}): Promise<"ok" | "not-member" | "last-owner"> {
  const { workspaceId, userId, role } = options;
  const outcome = await db().$transaction(async (tx): Promise<"ok" | "not-member" | "last-owner"> => {
    await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId}::uuid FOR UPDATE`;
    const member = await tx.workspaceMember.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
      select: { role: true },
    });
    if (!member) return "not-member";
    if (member.role === "owner" && role === "member") {
      const owners = await tx.workspaceMember.count({ where: { workspaceId, role: "owner" } });
      if (owners <= 1) return "last-owner";
    }
    await tx.workspaceMember.update({
      where: { workspaceId_userId: { workspaceId, userId } },
      data: { role },
    });
    return "ok";
  });
  accessChanged();
  return outcome;
}
