import "server-only";
import type { ImportedAnnotation } from "@/lib/export/import-web-annotations";
import type { PreparedText } from "@/lib/anchoring";
import { anchorImported, IMPORT_LIMITS, type ImportAnnotationRow } from "@/lib/export/anchor-imported";
import { AppError } from "@/server/errors";

/**
 * Imported annotations placed in a filing's text (within the import's time budget), ready to
 * store; or an AppError listing what went wrong (each problem in `details`): "invalid-input"
 * naming those that could not be placed, "unprocessable" when placing them took too long,
 * "payload-too-large" when the document holds more than one import may.
 */
export async function placeImportedNotes(options: {
  /** The filing's text, prepared for anchoring (getFilingText's `preparedText`). */
  text: PreparedText;
  annotations: ImportedAnnotation[];
}): Promise<ImportAnnotationRow[]> {
  const { annotations } = options;
  if (annotations.length > IMPORT_LIMITS.annotations)
    throw new AppError(
      "payload-too-large",
      `Nothing was imported: one import holds at most ${IMPORT_LIMITS.annotations.toLocaleString("en-US")} annotations (this one has ${annotations.length.toLocaleString("en-US")}). Split the file.`,
    );
  const result = await anchorImported(options.text, annotations);
  if (!result.ok && result.reason === "too-slow")
    throw new AppError("unprocessable", `Nothing was imported. ${result.errors[0] ?? ""}`, {
      details: result.errors.slice(0, 50),
    });
  if (!result.ok)
    throw new AppError(
      "invalid-input",
      `Nothing was imported: ${result.errors.length} annotation(s) could not be placed in this filing's text.`,
      { details: result.errors.slice(0, 50) },
    );
  return result.rows;
}
