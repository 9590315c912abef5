import { z } from "zod";

/** Largest filing accepted for import. */
export const MAX_FILING_BYTES = 20 * 1024 * 1024;
/** File types the analysis reads (EDGAR text and HTML). */
export const SUPPORTED_FILING_EXTENSIONS = [".txt", ".htm", ".html"] as const;

/** UTF-8 size of a string, without allocating a buffer (UTF-16 code units to bytes). */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Why a file name is refused, or null when its type is supported (pasted text has none). */
export function unsupportedFileType(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (!/\.[a-z0-9]+$/.test(lower)) return null;
  if (SUPPORTED_FILING_EXTENSIONS.some((extension) => lower.endsWith(extension))) return null;
  return `“${fileName}” is not a supported file type. Import EDGAR text (.txt) or HTML (.htm, .html).`;
}

/** The filing's content as uploaded or pasted. */
export const filingContentSchema = z
  .object({
    fileName: z.string().trim().max(255, "The file name is too long.").default(""),
    content: z.string(),
  })
  .superRefine((value, context) => {
    const typeProblem = value.fileName ? unsupportedFileType(value.fileName) : null;
    if (typeProblem) context.addIssue({ code: "custom", path: ["content"], message: typeProblem });
    else if (value.content.trim() === "")
      context.addIssue({
        code: "custom",
        path: ["content"],
        message: "The filing is empty: choose a file or paste its text.",
      });
    else if (utf8Length(value.content) > MAX_FILING_BYTES)
      context.addIssue({
        code: "custom",
        path: ["content"],
        message: "The filing is over 20 MB. Import the part you need (e.g. Item 1A).",
      });
  });

/** Company, form and fiscal year, as the user confirmed them. */
export const filingMetadataSchema = z.object({
  company: z
    .string()
    .trim()
    .min(1, "Enter the company’s name.")
    .max(200, "Keep the company’s name under 200 characters."),
  form: z
    .string()
    .trim()
    .min(1, "Enter the form, e.g. 10-K or 20-F.")
    .max(20, "Keep the form under 20 characters.")
    .regex(/^[0-9A-Za-z][0-9A-Za-z ./-]*$/, "Use letters, digits and dashes, e.g. 10-K."),
  fiscalYear: z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
    z
      .number({ message: "Enter a year such as 2023, or leave it empty." })
      .int("Enter a year such as 2023, or leave it empty.")
      .min(1900, "Enter a year between 1900 and 2100.")
      .max(2100, "Enter a year between 1900 and 2100.")
      .nullable(),
  ),
});

export const importFilingSchema = z.intersection(filingContentSchema, filingMetadataSchema);
export type ImportFilingInput = z.input<typeof importFilingSchema>;

/** A URL slug for a filing: "fedex-corp-10-k-2023". */
export function filingSlug(metadata: { company: string; form: string; fiscalYear: number | null }): string {
  const base = [metadata.company, metadata.form, metadata.fiscalYear ?? ""]
    .join(" ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return base || "filing";
}
