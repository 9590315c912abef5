import { parseWebAnnotationDocument } from "@/lib/export/import-web-annotations";
import { canDeleteAnnotation, canEditAnnotation } from "@/lib/permissions/annotation-access";
import {
  annotationEtag,
  annotationResponse,
  findVisibleAnnotation,
  versionFromEtag,
} from "@/server/api/annotations";
import { apiRoute, readJsonBody, requireCaller, type ApiContext } from "@/server/api/handler";
import { deleteAnnotation } from "@/server/data/delete-annotation";
import { listExportAnnotations } from "@/server/data/list-export-annotations";
import { updateAnnotationNote } from "@/server/data/update-annotation-note";
import { AppError } from "@/server/errors";
import { mentionsInNote } from "@/server/notes/mentions-in-note";

export const dynamic = "force-dynamic";

/** The caller and the annotation if the caller may see it; 404 otherwise. */
async function findVisible(context: ApiContext, id: string) {
  const caller = requireCaller(context);
  return { caller, annotation: await findVisibleAnnotation(caller.viewer, id) };
}

/** GET /api/v1/annotations/{id}: one annotation as a Web Annotation, with its ETag. */
export const GET = apiRoute<{ id: string }>(async (context, { id }) => {
  const { caller, annotation } = await findVisible(context, id);
  const [full] = await listExportAnnotations({ viewer: caller.viewer, annotationId: annotation.id });
  if (!full) throw new AppError("not-found", "No annotation with that id is available to you.");
  return annotationResponse(full, annotation.version, { baseUrl: context.baseUrl });
});

/**
 * PUT /api/v1/annotations/{id}: replaces the note, label and tags (its author only). Needs
 * If-Match with the ETag the change was made from: a stale one is 412 and changes nothing.
 * The target cannot change: annotate the new passage instead.
 */
export const PUT = apiRoute<{ id: string }>(async (context, { id }) => {
  const { caller, annotation } = await findVisible(context, id);
  if (!canEditAnnotation(caller.viewer, annotation))
    throw new AppError("forbidden", "Only the author can change an annotation.");
  const ifMatch = context.request.headers.get("if-match");
  if (!ifMatch) throw new AppError("precondition-required", "Send If-Match with the annotation's ETag.");
  const expectedVersion = versionFromEtag(ifMatch);
  if (expectedVersion !== annotation.version)
    throw new AppError("precondition-failed", "The annotation changed since that ETag; fetch it again.");
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
  const result = await updateAnnotationNote({
    id: annotation.id,
    authorId: caller.userId,
    expectedVersion,
    note: replacement.note,
    label: replacement.label,
    tags: replacement.tags,
    mentionedUserIds: await mentionsInNote({
      note: replacement.note,
      authorId: caller.userId,
      workspaceId: annotation.workspaceId,
    }),
  });
  if (result.status === "conflict")
    throw new AppError("precondition-failed", "The annotation changed since that ETag; fetch it again.");
  if (result.status === "not-found")
    throw new AppError("not-found", "No annotation with that id is available to you.");
  const [updated] = await listExportAnnotations({ viewer: caller.viewer, annotationId: annotation.id });
  return annotationResponse(updated!, result.version, { baseUrl: context.baseUrl });
});

/**
 * DELETE /api/v1/annotations/{id}: its author, or an owner of the workspace it is shared
 * with. If-Match, when sent, must be current (412 otherwise). 204.
 */
export const DELETE = apiRoute<{ id: string }>(async (context, { id }) => {
  const { caller, annotation } = await findVisible(context, id);
  if (!canDeleteAnnotation(caller.viewer, annotation))
    throw new AppError("forbidden", "Only its author or the workspace's owner can delete an annotation.");
  const ifMatch = context.request.headers.get("if-match");
  if (ifMatch && ifMatch !== annotationEtag(annotation.version) && ifMatch.trim() !== "*")
    throw new AppError("precondition-failed", "The annotation changed since that ETag; fetch it again.");
  await deleteAnnotation({ id: annotation.id });
  return new Response(null, { status: 204 });
});
