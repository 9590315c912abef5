import "server-only";
import { db } from "../db";
import { AppError } from "../errors";

/** What a user follows: a filing (by slug) or a workspace (the caller checked membership). */
export type FollowTarget = { filingSlug: string } | { workspaceId: string };

/**
 * Starts following a filing or a workspace; following it again changes nothing.
 * @throws AppError "not-found" when the filing does not exist
 */
export async function createFollow(options: { userId: string; target: FollowTarget }): Promise<void> {
  const { userId, target } = options;
  if ("workspaceId" in target) {
    await db().follow.upsert({
      where: { userId_workspaceId: { userId, workspaceId: target.workspaceId } },
      create: { userId, workspaceId: target.workspaceId },
      update: {},
    });
    return;
  }
  const filing = await db().filing.findUnique({ where: { slug: target.filingSlug }, select: { id: true } });
  if (!filing) throw new AppError("not-found", "That filing does not exist.");
  await db().follow.upsert({
    where: { userId_filingId: { userId, filingId: filing.id } },
    create: { userId, filingId: filing.id },
    update: {},
  });
}
