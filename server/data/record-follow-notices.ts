import "server-only";
import type { FollowEventKind } from "@/lib/notify/follow";
import type { Prisma } from "@/prisma/generated/client";
import { followersToTellSql } from "./annotation-visibility";

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
  // One statement: the followers chosen and told (as createAnnotation does for a new note).
  const told = await tx.$queryRaw<Array<{ userId: string }>>`
    INSERT INTO "FollowNotice" ("id", "userId", "actorId", "kind", "annotationId", "commentId", "createdAt")
    SELECT gen_random_uuid(), followers."userId", ${options.actorId}, ${options.kind},
      ${annotation.id}::uuid, ${options.commentId ?? null}::uuid, ${new Date()}::timestamp(3)
    FROM (${followersToTellSql({
      filingId: annotation.filingId,
      workspaceId: annotation.workspaceId,
      exceptUserIds: [options.actorId, ...(options.exceptUserIds ?? [])],
    })}) AS followers
    RETURNING "userId"`;
  return told.map((row) => row.userId);
}
