import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { accessMemory } from "./access-epoch";
import { getViewer } from "./data/get-viewer";

/**
 * Viewers (a user's workspaces and roles) remembered for a second: a reader's start reads them
 * and its live feed, opened right after, needs them again. Forgotten at once when access
 * changes through this process (accessChanged); a change through another server counts
 * within the second, as for sessions.
 */
export const viewerMemory = accessMemory<Viewer>("viewers", 1_000);

/** The user's viewer, from the memory when it is fresh, else read (getViewer). */
export function rememberedViewer(userId: string): Promise<Viewer> {
  return viewerMemory(userId, () => getViewer({ userId }));
}
