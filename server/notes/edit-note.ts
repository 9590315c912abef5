import "server-only";
import { canEditAnnotation, type Viewer } from "@/lib/permissions/annotation-access";
import { updateAnnotationNote } from "@/server/data/update-annotation-note";
import { AppError } from "@/server/errors";
import { findNote } from "./find-note";
import { mentionsInNote } from "./mentions-in-note";

/**
 * The author changes a note's text, label and tags, the one way for every path. An edit made
 * from an older version than the stored one is a conflict carrying the newer text (in
 * `fieldErrors.note`), never written over it. New @mentions are recorded; the live event is
 * written with the change.
 * @throws AppError "not-found", "forbidden" (not the author), "conflict" (stale version)
 */
export async function editNote(options: {
  viewer: Viewer;
  annotationId: string;
  /** The version the edit was made from (the reader's copy, or the API's If-Match). */
  expectedVersion: number;
  label: string;
  /** Markdown, already validated (length). */
  note: string;
  tags: string[];
}): Promise<{ id: string; filingSlug: string; version: number }> {
  const { viewer } = options;
  const annotation = await findNote({ viewer, annotationId: options.annotationId });
  if (!canEditAnnotation(viewer, annotation))
    throw new AppError("forbidden", "Only its author can edit a note.");
  const result = await updateAnnotationNote({
    id: annotation.id,
    authorId: viewer.id,
    expectedVersion: options.expectedVersion,
    note: options.note,
    label: options.label,
    tags: options.tags,
    mentionedUserIds: await mentionsInNote({
      note: options.note,
      authorId: viewer.id,
      workspaceId: annotation.workspaceId,
    }),
  });
  if (result.status === "not-found") throw new AppError("not-found", "That note no longer exists.");
  if (result.status === "conflict")
    throw new AppError(
      "conflict",
      "This note was changed since you opened it (in another tab or window). Its newer text is shown below; reload to edit it.",
      { fieldErrors: { note: [result.note] } },
    );
  return { id: annotation.id, filingSlug: annotation.filing.slug, version: result.version };
}
