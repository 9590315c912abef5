import "server-only";
import type { Prisma } from "@/prisma/generated/client";

/**
 * Records a change on an annotation (or its thread) for the live feed, inside the caller's
 * transaction, so an event exists exactly when the change does. The row's trigger notifies
 * every app server listening on the database.
 */
export async function recordLiveEvent(options: {
  tx: Prisma.TransactionClient;
  annotation: { id: string; filingId: string; authorId: string; workspaceId: string | null };
  kind: "annotation.created" | "annotation.updated" | "annotation.deleted" | "comment.created";
}): Promise<void> {
  await options.tx.liveEvent.create({
    data: {
      filingId: options.annotation.filingId,
      kind: options.kind,
      annotationId: options.annotation.id,
      authorId: options.annotation.authorId,
      workspaceId: options.annotation.workspaceId,
    },
  });
}
