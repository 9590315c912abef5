import "server-only";
import { db } from "../db";

/** Renames a workspace. @returns false when it no longer exists. */
export async function renameWorkspace(options: { workspaceId: string; name: string }): Promise<boolean> {
  const updated = await db().workspace.updateMany({
    where: { id: options.workspaceId },
    data: { name: options.name },
  });
  return updated.count > 0;
}
