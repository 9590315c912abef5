import "server-only";
import { db } from "../db";
import { recordLiveEvent } from "./record-live-event";

/** Resolves (or reopens) an annotation's thread. */
export async function setAnnotationResolved(options: { id: string; resolved: boolean }): Promise<void> {
  await db().$transaction(async (tx) => {
    const annotation = await tx.annotation.update({
      where: { id: options.id },
      data: { resolvedAt: options.resolved ? new Date() : null },
      select: { id: true, filingId: true, authorId: true, workspaceId: true },
    });
    await recordLiveEvent({ tx, annotation, kind: "annotation.updated" });
  });
}
