import "server-only";
import { db } from "../db";
import { recordLiveEvent } from "./record-live-event";

/**
 * Changes an annotation's note, label and tags if it is still at `expectedVersion` (the
 * version the author edited from); otherwise nothing is written and the newer note comes back.
 */
export async function updateAnnotationNote(options: {
  id: string;
  authorId: string;
  expectedVersion: number;
  note: string;
  label: string;
  tags: string[];
  /** Users the note now @mentions (of its audience); those it named before are not told again. */
  mentionedUserIds?: string[];
}): Promise<
  | { status: "updated"; version: number }
  | { status: "conflict"; note: string; version: number }
  | { status: "not-found" }
> {
  const count = await db().$transaction(async (tx) => {
    const { count } = await tx.annotation.updateMany({
      where: { id: options.id, authorId: options.authorId, version: options.expectedVersion },
      data: { note: options.note, label: options.label, tags: options.tags, version: { increment: 1 } },
    });
    if (count === 1) {
      const annotation = await tx.annotation.findUniqueOrThrow({
        where: { id: options.id },
        select: { id: true, filingId: true, authorId: true, workspaceId: true },
      });
      await recordLiveEvent({ tx, annotation, kind: "annotation.updated" });
      if (options.mentionedUserIds?.length)
        await tx.mention.createMany({
          data: options.mentionedUserIds.map((userId) => ({ annotationId: annotation.id, userId })),
          skipDuplicates: true,
        });
    }
    return count;
  });
  if (count === 1) return { status: "updated", version: options.expectedVersion + 1 };
  const current = await db().annotation.findFirst({
    where: { id: options.id, authorId: options.authorId },
    select: { note: true, version: true },
  });
  return current ? { status: "conflict", ...current } : { status: "not-found" };
}
