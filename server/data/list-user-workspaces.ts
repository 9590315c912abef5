import "server-only";
import { db } from "../db";

/** The workspaces a user belongs to, with their role and the members. */
export async function listUserWorkspaces(options: { userId: string }) {
  return db().workspace.findMany({
    where: { members: { some: { userId: options.userId } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      members: {
        orderBy: { joinedAt: "asc" },
        select: { userId: true, role: true, user: { select: { name: true, email: true } } },
      },
    },
  });
}
