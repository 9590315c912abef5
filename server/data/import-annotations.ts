import "server-only";
import { randomUUID } from "node:crypto";
import type { ImportAnnotationRow } from "@/lib/export/anchor-imported";
import { db } from "../db";
import { AppError } from "../errors";
import { MAX_NOTES_PER_FILING, TOO_MANY_NOTES } from "@/lib/annotations/schemas";

/**
 * Stores imported annotations and their threads on a filing, all or nothing (one transaction),
 * as the importing user's, private or shared with one workspace. One live event per annotation.
 * @throws AppError "conflict" when it would take the user past MAX_NOTES_PER_FILING on the filing
 */
export async function importAnnotations(options: {
  filingId: string;
  authorId: string;
  workspaceId: string | null;
  textHash: string;
  annotations: ImportAnnotationRow[];
}): Promise<{ annotationIds: string[]; replyCount: number }> {
  const annotationRows = options.annotations.map((row) => ({
    id: randomUUID(),
    filingId: options.filingId,
    authorId: options.authorId,
    workspaceId: options.workspaceId,
    label: row.label,
    note: row.note,
    tags: row.tags,
    ...row.selector,
    textHash: options.textHash,
  }));
  // Replies are inserted in one statement; distinct timestamps keep their order in the thread.
  const now = Date.now();
  let sequence = 0;
  const commentRows = options.annotations.flatMap((row, index) => {
    const ids = new Map(row.replies.map((reply) => [reply.key, randomUUID()]));
    return row.replies.map((reply) => ({
      id: ids.get(reply.key)!,
      annotationId: annotationRows[index]!.id,
      authorId: options.authorId,
      parentId: reply.parentKey ? (ids.get(reply.parentKey) ?? null) : null,
      body: reply.body,
      createdAt: new Date(now + sequence++),
    }));
  });
  await db().$transaction(
    async (tx) => {
      // The author's count the database keeps (AnnotationCount), as a single note's cap reads it.
      const existing = await tx.annotationCount.findUnique({
        where: { filingId_authorId: { filingId: options.filingId, authorId: options.authorId } },
        select: { notes: true },
      });
      if ((existing?.notes ?? 0) + annotationRows.length > MAX_NOTES_PER_FILING)
        throw new AppError("conflict", TOO_MANY_NOTES);
      await tx.annotation.createMany({ data: annotationRows });
      if (commentRows.length > 0) await tx.comment.createMany({ data: commentRows });
      await tx.liveEvent.createMany({
        data: annotationRows.map((row) => ({
          filingId: row.filingId,
          kind: "annotation.created",
          annotationId: row.id,
          authorId: row.authorId,
          workspaceId: row.workspaceId,
        })),
      });
    },
    { timeout: 60_000 },
  );
  return { annotationIds: annotationRows.map((row) => row.id), replyCount: commentRows.length };
}
