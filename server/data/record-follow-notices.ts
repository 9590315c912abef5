import "server-only";
import type { FollowEventKind } from "@/lib/notify/follow";
import type { Prisma } from "@/prisma/generated/client";

/**
 * Tells the followers of a note's filing and of its workspace what happened on it ("For you"),
 * inside the caller's transaction, so a notice exists exactly when the change does. Only those
 * who may read the note are told: a private note nobody (its author alone reads it, and the
 * author is whoever acts on it); a shared note the members of its workspace who follow the
 * workspace or the filing. Never the actor, never anyone in `exceptUserIds` (those @mentioned,
 * told once by their mention). Returns who was told.
 */
export async function recordFollowNotices(options: {
  tx: Prisma.TransactionClient;
  annotation: { id: string; filingId: string; workspaceId: string | null };
  kind: FollowEventKind;
  actorId: string;
  commentId?: string | null;
  exceptUserIds?: readonly string[];
}): Promise<string[]> {
  const { tx, annotation } = options;
  if (annotation.workspaceId === null) return [];
  const follows = await tx.follow.findMany({
    where: {
      OR: [{ filingId: annotation.filingId }, { workspaceId: annotation.workspaceId }],
      userId: { notIn: [options.actorId, ...(options.exceptUserIds ?? [])] },
      user: { memberships: { some: { workspaceId: annotation.workspaceId } } },
    },
    select: { userId: true },
  });
  const userIds = [...new Set(follows.map((follow) => follow.userId))];
  if (userIds.length === 0) return [];
  await tx.followNotice.createMany({
    data: userIds.map((userId) => ({
      userId,
      actorId: options.actorId,
      kind: options.kind,
      annotationId: annotation.id,
      commentId: options.commentId ?? null,
    })),
  });
  return userIds;
}
