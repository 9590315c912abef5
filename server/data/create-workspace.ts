import "server-only";
import { accessChanged } from "../access-epoch";
import { db } from "../db";

/** Creates a workspace with its creator as owner. */
export async function createWorkspace(options: { name: string; ownerId: string }) {
  const workspace = await db().workspace.create({
    data: { name: options.name, members: { create: { userId: options.ownerId, role: "owner" } } },
    select: { id: true },
  });
  accessChanged();
  return workspace;
}
