import "server-only";
import type { ImportedAnnotation } from "@/lib/export/import-web-annotations";
import type { ExportAnnotation } from "@/lib/export/types";
import { describeSelection } from "@/lib/anchoring";
import { canShareWith, type Viewer } from "@/lib/permissions/annotation-access";
import { createAnnotation } from "@/server/data/create-annotation";
import { getFilingText } from "@/server/data/get-filing-text";
import { AppError, isAppError } from "@/server/errors";
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
 * Returns the note as the export and the API show it (what listExportAnnotations would read).
 * @throws AppError "not-found" (no such filing), "invalid-input" (an empty or impossible
 * selection, quotes not in the text), "forbidden" (another's workspace), "conflict" (the
 * author's cap of notes on the filing; or its text replaced again and again while saving)
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
}): Promise<CreatedNote> {
  // First with this process's last read of the filing (a round trip less per note): the note is
  // stored only if the filing is still at that version. When it is not, or when the note is
  // refused for something the text decides and the filing has changed since, it is read again
  // and the note placed anew.
  const missing = () => new AppError("not-found", "That filing does not exist.");
  let filing =
    (await getFilingText({ slug: options.filingSlug, reuse: true })) ??
    (await getFilingText({ slug: options.filingSlug }));
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!filing) throw missing();
    const tried = filing;
    try {
      const created = await placeAndStore(options, tried);
      if (created) return created;
    } catch (error) {
      if (!isAppError(error) || error.code !== "invalid-input") throw error;
      filing = await getFilingText({ slug: options.filingSlug });
      if (filing?.updatedAt.getTime() === tried.updatedAt.getTime()) throw error;
      continue;
    }
    filing = await getFilingText({ slug: options.filingSlug });
  }
  throw new AppError("conflict", "The filing's text changed while the note was being saved; try again.");
}

type NoteOptions = Parameters<typeof createNote>[0];
type CreatedNote = { id: string; filingSlug: string; annotation: ExportAnnotation };
type FilingText = NonNullable<Awaited<ReturnType<typeof getFilingText>>>;

/** One try of createNote with a version of the filing: null when it is no longer current. */
async function placeAndStore(options: NoteOptions, filing: FilingText): Promise<CreatedNote | null> {
  const { viewer, target, workspaceId } = options;
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
      text: filing.preparedText,
      annotations: [target.annotation],
    });
    selector = placed!.selector;
  }
  const mentionedUserIds = await mentionsInNote({ note: options.note, authorId: viewer.id, workspaceId });
  const stored = {
    exact: selector.exact,
    prefix: selector.prefix,
    suffix: selector.suffix,
    start: selector.start,
    end: selector.end,
  };
  const created = await createAnnotation({
    filingId: filing.id,
    authorId: viewer.id,
    workspaceId,
    mentionedUserIds,
    label: options.label,
    note: options.note,
    tags: options.tags,
    selector: stored,
    textHash: filing.textHash,
    filingVersion: filing.updatedAt,
  });
  if (!created) return null;
  await emailNoteEvent({
    event: "note",
    actorId: viewer.id,
    annotationId: created.id,
    commentId: null,
    mentionedUserIds,
    followerIds: created.followerIds,
  });
  const annotation: ExportAnnotation = {
    id: created.id,
    filingSlug: filing.slug,
    label: options.label,
    note: options.note,
    tags: options.tags,
    ...stored,
    orphaned: false,
    authorId: viewer.id,
    authorName: created.authorName,
    workspaceName: created.workspaceName,
    riskFactorTitle: created.riskFactorTitle,
    createdAt: created.createdAt,
    updatedAt: created.updatedAt,
    resolvedAt: null,
    comments: [],
  };
  return { id: created.id, filingSlug: filing.slug, annotation };
}
