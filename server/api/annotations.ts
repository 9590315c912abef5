import "server-only";
import { toWebAnnotation } from "@/lib/export/web-annotation";
import type { ExportAnnotation } from "@/lib/export/types";
import { ANNOTATION_MEDIA_TYPE } from "./problem";

/** The ETag of an annotation: its version, bumped by every edit of its note, label or tags. */
function annotationEtag(version: number): string {
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

/** The workspace a new note is shared with, as the query names it (`?workspace=`); null for private. */
export function workspaceFromQuery(url: URL): string | null {
  const workspace = url.searchParams.get("workspace");
  return !workspace || workspace === "private" ? null : workspace;
}
