import "server-only";
import { db } from "../db";
import type { FollowTarget } from "./create-follow";

/** The user's follow of a filing or a workspace, or null when they do not follow it. */
export async function getFollow(options: {
  userId: string;
  target: FollowTarget;
}): Promise<{ id: string; createdAt: Date } | null> {
  const { userId, target } = options;
  return db().follow.findFirst({
    where:
      "workspaceId" in target
        ? { userId, workspaceId: target.workspaceId }
        : { userId, filing: { slug: target.filingSlug } },
    select: { id: true, createdAt: true },
  });
}
