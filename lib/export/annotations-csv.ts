import { toCsv } from "./csv";
import type { ExportAnnotation } from "./types";
import { annotationLink } from "./urls";

export const ANNOTATIONS_CSV_HEADER = [
  "filing",
  "risk factor",
  "quote",
  "label",
  "tags",
  "note",
  "author",
  "workspace",
  "created",
  "updated",
  "state",
  "reply count",
  "link",
];

export interface AnnotationsCsvInput {
  annotations: readonly ExportAnnotation[];
  /** The app's origin, e.g. "https://marginalia.example"; links are built on it. */
  baseUrl: string;
}

/**
 * Annotations as a spreadsheet-safe CSV (BOM, CRLF, formula cells neutralised by `toCsv`), one
 * row per annotation in the given order. Dates are ISO 8601 (UTC); the reply count leaves out
 * deleted comments.
 */
export function annotationsToCsv({ annotations, baseUrl }: AnnotationsCsvInput): string {
  const rows = annotations.map((annotation) => [
    annotation.filingSlug,
    annotation.riskFactorTitle ?? "",
    annotation.exact,
    annotation.label,
    annotation.tags.join("; "),
    annotation.note,
    annotation.authorName,
    annotation.workspaceName ?? "Private",
    annotation.createdAt.toISOString(),
    annotation.updatedAt.toISOString(),
    annotation.resolvedAt ? "resolved" : "open",
    annotation.comments.filter((comment) => comment.deletedAt === null).length,
    annotationLink(baseUrl, annotation.id),
  ]);
  return toCsv(ANNOTATIONS_CSV_HEADER, rows);
}
