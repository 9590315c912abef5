import "server-only";
import { db } from "../db";
import { recordLiveEvent } from "./record-live-event";

/** Stores an annotation whose selectors the caller has taken from the filing's text. */
export async function createAnnotation(options: {
  filingId: string;
  authorId: string;
  workspaceId: string | null;
  label: string;
  note: string;
  tags: string[];
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  textHash: string;
}) {
  return db().$transaction(async (tx) => {
    const annotation = await tx.annotation.create({
      data: {
        filingId: options.filingId,
        authorId: options.authorId,
        workspaceId: options.workspaceId,
        label: options.label,
        note: options.note,
        tags: options.tags,
        ...options.selector,
        textHash: options.textHash,
      },
      select: { id: true, filingId: true, authorId: true, workspaceId: true },
    });
    await recordLiveEvent({ tx, annotation, kind: "annotation.created" });
    return { id: annotation.id };
  });
}
