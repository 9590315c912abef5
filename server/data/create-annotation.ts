import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { recordLiveEvent } from "./record-live-event";

/** How many notes one person may have on one filing (what a colleague's reader page carries). */
export const MAX_NOTES_PER_FILING = 5_000;

/** The error for a person at MAX_NOTES_PER_FILING. */
export function tooManyNotes(): AppError {
  return new AppError(
    "conflict",
    `You have ${MAX_NOTES_PER_FILING.toLocaleString("en-US")} notes on this filing, the most one person may have. Delete some first.`,
  );
}

/**
 * Stores an annotation whose selectors the caller has taken from the filing's text.
 * @throws AppError "conflict" when the author has MAX_NOTES_PER_FILING notes on the filing
 */
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
    const existing = await tx.annotation.count({
      where: { filingId: options.filingId, authorId: options.authorId },
    });
    if (existing >= MAX_NOTES_PER_FILING) throw tooManyNotes();
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
