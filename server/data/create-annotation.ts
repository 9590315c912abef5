import "server-only";
import { db } from "../db";
import { MAX_NOTES_PER_FILING, TOO_MANY_NOTES } from "@/lib/annotations/schemas";
import { AppError } from "../errors";
import { recordFollowNotices } from "./record-follow-notices";
import { recordLiveEvent } from "./record-live-event";

/**
 * Stores an annotation whose selectors the caller has taken from the filing's text, and tells
 * the followers who may read it (not the author, not those it @mentions); returns who they are.
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
  /** Users the note @mentions (already checked to be in its audience): told under "For you". */
  mentionedUserIds?: string[];
}) {
  return db().$transaction(async (tx) => {
    const existing = await tx.annotation.count({
      where: { filingId: options.filingId, authorId: options.authorId },
    });
    if (existing >= MAX_NOTES_PER_FILING) throw new AppError("conflict", TOO_MANY_NOTES);
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
        mentions: { create: (options.mentionedUserIds ?? []).map((userId) => ({ userId })) },
      },
      select: { id: true, filingId: true, authorId: true, workspaceId: true },
    });
    await recordLiveEvent({ tx, annotation, kind: "annotation.created" });
    const followerIds = await recordFollowNotices({
      tx,
      annotation,
      kind: "note",
      actorId: options.authorId,
      exceptUserIds: options.mentionedUserIds,
    });
    return { id: annotation.id, followerIds };
  });
}
