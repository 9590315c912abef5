import "server-only";
import { db } from "../db";
import { recordLiveEvent } from "./record-live-event";

/** Deletes an annotation with its thread. */
export async function deleteAnnotation(options: { id: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const annotation = await tx.annotation.findUnique({
      where: { id: options.id },
      select: { id: true, filingId: true, authorId: true, workspaceId: true },
    });
    if (!annotation) return;
    await tx.annotation.delete({ where: { id: options.id } });
    await recordLiveEvent({ tx, annotation, kind: "annotation.deleted" });
  });
}
