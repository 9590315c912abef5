import "server-only";
import { z } from "zod";
import type { ImportedAnnotation } from "@/lib/export/import-web-annotations";
import { toWebAnnotation } from "@/lib/export/web-annotation";
import type { ExportAnnotation } from "@/lib/export/types";
import { canShareWith, type Viewer } from "@/lib/permissions/annotation-access";
import { anchorImported, IMPORT_LIMITS, type ImportAnnotationRow } from "@/lib/export/anchor-imported";
import { getAnnotation } from "../data/get-annotation";
import { AppError } from "../errors";
import { ANNOTATION_MEDIA_TYPE } from "./problem";

/** The ETag of an annotation: its version, bumped by every edit of its note, label or tags. */
export function annotationEtag(version: number): string {
  return `"v${version}"`;
}

/** The version an If-Match header names, or null when it names none of ours. */
export function versionFromEtag(header: string): number | null {
  const match = /^\s*(?:W\/)?"v(\d{1,9})"\s*$/.exec(header);
  return match ? Number(match[1]) : null;
}

/** A JSON-LD response in the Web Annotation media type. */
export function annotationJson(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
) {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "content-type": ANNOTATION_MEDIA_TYPE, ...init.headers },
  });
}

/** One annotation as the API shows it, with its ETag. */
export function annotationResponse(
  annotation: ExportAnnotation,
  version: number,
  options: { baseUrl: string; status?: number; headers?: Record<string, string> },
) {
  const filing = { slug: annotation.filingSlug, company: "", form: "", fiscalYear: null };
  return annotationJson(toWebAnnotation(annotation, { baseUrl: options.baseUrl, filing }), {
    status: options.status,
    headers: {
      etag: annotationEtag(version),
      link: '<http://www.w3.org/ns/ldp#Resource>; rel="type"',
      allow: "GET, PUT, DELETE, OPTIONS",
      ...options.headers,
    },
  });
}

/** "private" unless a workspace id is named, which must be one of the viewer's. */
export function workspaceFromQuery(url: URL, viewer: Viewer): string | null {
  const workspace = url.searchParams.get("workspace");
  if (!workspace || workspace === "private") return null;
  if (!canShareWith(viewer, workspace))
    throw new AppError("forbidden", "You can only share with a workspace you belong to.");
  return workspace;
}

/**
 * Imported annotations placed in a filing's text (within the import's time budget), or an
 * AppError: 400 naming those that could not be placed, 422 when placing them took too long,
 * 413 when the document holds more than one import may.
 */
export async function anchorImportedOrThrow(
  text: string,
  annotations: ImportedAnnotation[],
): Promise<ImportAnnotationRow[]> {
  if (annotations.length > IMPORT_LIMITS.annotations)
    throw new AppError(
      "payload-too-large",
      `Nothing was imported: one import holds at most ${IMPORT_LIMITS.annotations.toLocaleString("en-US")} annotations (this one has ${annotations.length.toLocaleString("en-US")}). Split the file.`,
    );
  const result = await anchorImported(text, annotations);
  if (!result.ok && result.reason === "too-slow")
    throw new AppError("unprocessable", `Nothing was imported. ${result.errors[0] ?? ""}`);
  if (!result.ok)
    throw new AppError(
      "invalid-input",
      `Nothing was imported: ${result.errors.length} annotation(s) could not be placed in this filing's text.`,
      { details: result.errors.slice(0, 50) },
    );
  return result.rows;
}

/** The annotation if the viewer may see it; otherwise 404, so its existence does not leak. */
export async function findVisibleAnnotation(viewer: Viewer, id: string) {
  const annotation = z.uuid().safeParse(id).success ? await getAnnotation({ id, viewer }) : null;
  if (!annotation) throw new AppError("not-found", "No annotation with that id is available to you.");
  return annotation;
}
