import "server-only";
import type { ImportedAnnotation } from "@/lib/export/import-web-annotations";
import { describeSelection } from "@/lib/anchoring";
import { canShareWith, type Viewer } from "@/lib/permissions/annotation-access";
import { createAnnotation } from "@/server/data/create-annotation";
import { getFilingText } from "@/server/data/get-filing-text";
import { AppError } from "@/server/errors";
import { emailNoteEvent } from "./email-note-event";
import { mentionsInNote } from "./mentions-in-note";
import { placeImportedNotes } from "./place-imported-notes";

/** Where a new note goes: a range of the canonical text (the reader), or W3C selectors (the API). */
export type NoteTarget =
  { kind: "range"; start: number; end: number } | { kind: "selectors"; annotation: ImportedAnnotation };

/**
 * Annotates a passage of a filing, the one way for every path. The stored selectors (quote
 * with context, position) are always taken from the stored canonical text, never from the
 * caller's copy; a shared note must go to one of the viewer's workspaces; the note's own
 * @mentions of people who may read it are recorded for them, and followers who may read it
 * told; the live event is written with it. Emails (mentions, follows) are queued once it is saved.
 * @throws AppError "not-found" (no such filing), "invalid-input" (an empty or impossible
 * selection, quotes not in the text), "forbidden" (another's workspace)
 */
export async function createNote(options: {
  viewer: Viewer;
  filingSlug: string;
  target: NoteTarget;
  /** A workspace id to share with, or null for a private note. */
  workspaceId: string | null;
  label: string;
  /** Markdown, already validated (length). */
  note: string;
  tags: string[];
}): Promise<{ id: string; filingSlug: string }> {
  const { viewer, target, workspaceId } = options;
  const filing = await getFilingText({ slug: options.filingSlug });
  if (!filing) throw new AppError("not-found", "That filing does not exist.");
  if (workspaceId !== null && !canShareWith(viewer, workspaceId))
    throw new AppError("forbidden", "You can only share with a workspace you belong to.", {
      fieldErrors: { visibility: ["Not your workspace."] },
    });
  let selector;
  if (target.kind === "range") {
    if (target.end > filing.canonicalText.length)
      throw new AppError("invalid-input", "The selection is outside the filing's text.");
    if (filing.canonicalText.slice(target.start, target.end).trim() === "")
      throw new AppError("invalid-input", "Select some text to annotate.");
    let selectors;
    try {
      selectors = describeSelection(filing.canonicalText, target.start, target.end);
    } catch {
      throw new AppError(
        "invalid-input",
        "That selection cannot be annotated: select whole characters of the text.",
      );
    }
    selector = { ...selectors.quote, ...selectors.position };
  } else {
    const [placed] = await placeImportedNotes({
      text: filing.canonicalText,
      annotations: [target.annotation],
    });
    selector = placed!.selector;
  }
  const mentionedUserIds = await mentionsInNote({ note: options.note, authorId: viewer.id, workspaceId });
  const created = await createAnnotation({
    filingId: filing.id,
    authorId: viewer.id,
    workspaceId,
    mentionedUserIds,
    label: options.label,
    note: options.note,
    tags: options.tags,
    selector: {
      exact: selector.exact,
      prefix: selector.prefix,
      suffix: selector.suffix,
      start: selector.start,
      end: selector.end,
    },
    textHash: filing.textHash,
  });
  await emailNoteEvent({
    event: "note",
    actorId: viewer.id,
    annotationId: created.id,
    commentId: null,
    mentionedUserIds,
    followerIds: created.followerIds,
  });
  return { id: created.id, filingSlug: filing.slug };
}
