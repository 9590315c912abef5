import "server-only";
import { AppError } from "../errors";
import { ANNOTATION_MEDIA_TYPE } from "./problem";

export type ExportFormat = "csv" | "jsonld" | "markdown";

const mediaTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonld: ANNOTATION_MEDIA_TYPE,
  markdown: "text/markdown; charset=utf-8",
};
const extensions: Record<ExportFormat, string> = { csv: "csv", jsonld: "jsonld", markdown: "md" };

/** The `format` parameter, one of `allowed` (csv when absent). */
export function exportFormat<F extends ExportFormat>(url: URL, allowed: readonly F[]): F {
  const format = (url.searchParams.get("format") ?? "csv") as F;
  if (!allowed.includes(format))
    throw new AppError("invalid-input", `Unknown format; use one of: ${allowed.join(", ")}.`);
  return format;
}

/** A download: the right media type and a file name the browser saves it under. */
export function exportResponse(body: string, format: ExportFormat, name: string): Response {
  const fileName = `${name.replace(/[^A-Za-z0-9._-]+/g, "-")}.${extensions[format]}`;
  return new Response(body, {
    headers: {
      "content-type": mediaTypes[format],
      "content-disposition": `attachment; filename="${fileName}"`,
    },
  });
}
