import "server-only";
import { parseWebAnnotationDocument } from "@/lib/export/import-web-annotations";
import { canShareWith, type Viewer } from "@/lib/permissions/annotation-access";
import { getFilingText } from "@/server/data/get-filing-text";
import { importAnnotations } from "@/server/data/import-annotations";
import { AppError } from "@/server/errors";
import { placeImportedNotes } from "./place-imported-notes";

/**
 * Imports a W3C Web Annotation document (an annotation, a page, or a collection with embedded
 * pages; replies included) into a filing as the viewer's notes, private or shared with one of
 * their workspaces: the one way for the reader's import and the API's. All or nothing: an
 * invalid item or a quote not in the text stores nothing, and every problem is listed in the
 * error's `details`. Imported notes notify nobody (they are the viewer's own, often old, work).
 * @throws AppError "not-found" (no filing), "forbidden" (another's workspace), "invalid-input",
 * "payload-too-large", "unprocessable" (placing took too long), "conflict" (too many notes)
 */
export async function importNotes(options: {
  viewer: Viewer;
  filingSlug: string;
  /** The parsed JSON of the document. */
  document: unknown;
  workspaceId: string | null;
}): Promise<{ annotationIds: string[]; replyCount: number; filingSlug: string }> {
  const { viewer, workspaceId } = options;
  const filing = await getFilingText({ slug: options.filingSlug });
  if (!filing) throw new AppError("not-found", "That filing does not exist.");
  if (workspaceId !== null && !canShareWith(viewer, workspaceId))
    throw new AppError("forbidden", "You can only share with a workspace you belong to.");
  const parsed = parseWebAnnotationDocument(options.document);
  if (!parsed.ok)
    throw new AppError(
      "invalid-input",
      "Nothing was imported: the document is not a valid Web Annotation document.",
      { details: parsed.errors },
    );
  if (parsed.annotations.length === 0)
    throw new AppError("invalid-input", "The document holds no annotations.");
  const rows = await placeImportedNotes({ text: filing.preparedText, annotations: parsed.annotations });
  const stored = await importAnnotations({
    filingId: filing.id,
    authorId: viewer.id,
    workspaceId,
    textHash: filing.textHash,
    annotations: rows,
  });
  return { ...stored, filingSlug: filing.slug };
}
