import "server-only";
import { db } from "../db";
import type { FollowTarget } from "./create-follow";

/** Stops following a filing or a workspace (nothing happens when the user did not follow it). */
export async function deleteFollow(options: { userId: string; target: FollowTarget }): Promise<void> {
  const { userId, target } = options;
  await db().follow.deleteMany({
    where:
      "workspaceId" in target
        ? { userId, workspaceId: target.workspaceId }
        : { userId, filing: { slug: target.filingSlug } },
  });
}
