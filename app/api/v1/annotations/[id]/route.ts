import { parseWebAnnotationDocument } from "@/lib/export/import-web-annotations";
import { annotationResponse, versionFromEtag } from "@/server/api/annotations";
import { apiRoute, readJsonBody, requireCaller, type ApiContext } from "@/server/api/handler";
import { listExportAnnotations } from "@/server/data/list-export-annotations";
import { AppError, isAppError } from "@/server/errors";
import { deleteNote } from "@/server/notes/delete-note";
import { editNote } from "@/server/notes/edit-note";
import { findNote } from "@/server/notes/find-note";

export const dynamic = "force-dynamic";

const STALE_ETAG = "The annotation changed since that ETag; fetch it again.";

/** The caller and the annotation if the caller may see it; 404 otherwise. */
async function findVisible(context: ApiContext, id: string) {
  const caller = requireCaller(context);
  return { caller, annotation: await findNote({ viewer: caller.viewer, annotationId: id }) };
}

/** GET /api/v1/annotations/{id}: one annotation as a Web Annotation, with its ETag. */
export const GET = apiRoute<{ id: string }>(async (context, { id }) => {
  const { caller, annotation } = await findVisible(context, id);
  const [full] = await listExportAnnotations({ viewer: caller.viewer, annotationId: annotation.id });
  if (!full) throw new AppError("not-found", "No annotation with that id is available to you.");
  return annotationResponse(full, annotation.version, { baseUrl: context.baseUrl });
});

/**
 * PUT /api/v1/annotations/{id}: replaces the note, label and tags (its author only), as the
 * reader's edit (editNote). Needs If-Match with the ETag the change was made from: a stale one
 * is 412 and changes nothing. The target cannot change: annotate the new passage instead.
 */
export const PUT = apiRoute<{ id: string }>(async (context, { id }) => {
  const { caller, annotation } = await findVisible(context, id);
  const ifMatch = context.request.headers.get("if-match");
  if (!ifMatch) throw new AppError("precondition-required", "Send If-Match with the annotation's ETag.");
  const expectedVersion = versionFromEtag(ifMatch);
  if (expectedVersion === null) throw new AppError("precondition-failed", STALE_ETAG);
  const parsed = parseWebAnnotationDocument(await readJsonBody(context.request, 100_000));
  if (!parsed.ok)
    throw new AppError("invalid-input", "That is not a valid annotation.", { details: parsed.errors });
  const [replacement, ...others] = parsed.annotations;
  if (!replacement || others.length > 0) throw new AppError("invalid-input", "PUT exactly one annotation.");
  const [current] = await listExportAnnotations({ viewer: caller.viewer, annotationId: annotation.id });
  if (!current) throw new AppError("not-found", "No annotation with that id is available to you.");
  if (replacement.exact !== current.exact)
    throw new AppError(
      "invalid-input",
      "The target cannot change; create a new annotation for another passage.",
    );
  let edited;
  try {
    edited = await editNote({
      viewer: caller.viewer,
      annotationId: annotation.id,
      expectedVersion,
      note: replacement.note,
      label: replacement.label,
      tags: replacement.tags,
    });
  } catch (error) {
    // HTTP says a stale If-Match is 412 (the reader's form calls it a conflict).
    if (isAppError(error) && error.code === "conflict") throw new AppError("precondition-failed", STALE_ETAG);
    throw error;
  }
  const [updated] = await listExportAnnotations({ viewer: caller.viewer, annotationId: annotation.id });
  return annotationResponse(updated!, edited.version, { baseUrl: context.baseUrl });
});

/**
 * DELETE /api/v1/annotations/{id}: its author, or an owner of the workspace it is shared
 * with (deleteNote). If-Match, when sent, must be current (412 otherwise). 204.
 */
export const DELETE = apiRoute<{ id: string }>(async (context, { id }) => {
  const caller = requireCaller(context);
  const ifMatch = context.request.headers.get("if-match");
  const anyVersion = !ifMatch || ifMatch.trim() === "*";
  await deleteNote({
    viewer: caller.viewer,
    annotationId: id,
    // An ETag that is not one of ours matches no version (-1): 412.
    expectedVersion: anyVersion ? undefined : (versionFromEtag(ifMatch) ?? -1),
  });
  return new Response(null, { status: 204 });
});
