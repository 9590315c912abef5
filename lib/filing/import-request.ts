import { storableText } from "@/lib/text/storable-text";
import { z } from "zod";
import { MAX_TICKERS } from "./metadata";
import { MAX_FILING_BYTES, unsupportedFileType, utf8Length } from "./file-limits";

export { MAX_FILING_BYTES, utf8Length } from "./file-limits";

/** The filing's content as uploaded or pasted. */
export const filingContentSchema = z
  .object({
    fileName: z.string().overwrite(storableText).trim().max(255, "The file name is too long.").default(""),
    // Lone surrogates become U+FFFD (stored text must be valid UTF-8); NUL is the analysis's to judge.
    content: z.string().overwrite((value) => value.toWellFormed()),
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
    .overwrite(storableText)
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

/** An optional text field of a form: empty means none. */
const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );

/** A calendar date as ISO "2024-12-31" that exists. */
const isoDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2024-12-31.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "That date does not exist.");

/** What else the document said about itself (all optional), as the user confirmed it. */
export const filingDetailsSchema = z.object({
  tickers: z
    .preprocess(
      (value) =>
        typeof value === "string"
          ? value
              .split(/[\s,;]+/)
              .filter(Boolean)
              .map((symbol) => symbol.toUpperCase())
          : value,
      z
        .array(
          z
            .string()
            .regex(
              /^[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z0-9]{1,3})?$/,
              "Tickers are letters and digits, e.g. NFLX or BRK.B.",
            ),
        )
        .max(MAX_TICKERS, `At most ${MAX_TICKERS} tickers.`),
    )
    .default([]),
  cik: optionalText(
    z
      .string()
      .trim()
      .regex(/^\d{1,10}$/, "A CIK is up to ten digits, e.g. 0001065280.")
      .transform((value) => value.padStart(10, "0")),
  ),
  periodOfReport: optionalText(isoDateSchema),
  filingDate: optionalText(isoDateSchema),
  accessionNumber: optionalText(
    z
      .string()
      .trim()
      .regex(/^\d{10}-\d{2}-\d{6}$/, "An accession number looks like 0001065280-25-000044."),
  ),
});
export type FilingDetails = z.output<typeof filingDetailsSchema>;

export const importFilingSchema = z.intersection(
  z.intersection(filingContentSchema, filingMetadataSchema),
  filingDetailsSchema.extend({
    /** Import even though the library holds the same filing already. */
    asNewCopy: z
      .preprocess((value) => value === true || value === "on" || value === "true", z.boolean())
      .default(false),
  }),
);
export type ImportFilingInput = z.input<typeof importFilingSchema>;

/** Whether a string has the shape of a filing's slug (what filingSlug makes): a URL part to look up. */
export function isFilingSlug(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,199}$/.test(value);
}

/**
 * A filing's slug from its metadata: lower-case ASCII words joined by dashes, the ticker
 * standing for the company when there is one ("nflx-10-k-2024", else "fedex-corp-10-k-2023").
 */
export function filingSlug(metadata: {
  company: string;
  form: string;
  fiscalYear: number | null;
  tickers?: readonly string[];
}): string {
  const base = [metadata.tickers?.[0] ?? metadata.company, metadata.form, metadata.fiscalYear ?? ""]
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

/**
 * The importer's corrections to a filing's details after import. `version` is the filing's
 * `updatedAt` (ms) when the form was shown: a change made since is a conflict, not overwritten.
 */
export const updateFilingDetailsSchema = filingMetadataSchema.extend(filingDetailsSchema.shape).extend({
  filingSlug: z.string().trim().min(1, "Which filing?").max(200),
  version: z.coerce.number({ message: "Reload the page and try again." }).int().nonnegative(),
});

/** A corrected version of a filing's text, uploaded as a file from the reader. */
export const replaceFilingTextSchema = z.object({
  filingSlug: z.string().trim().min(1, "Which filing?").max(200),
  file: z
    .instanceof(File, { message: "Choose the corrected file (.txt, .htm or .html)." })
    .refine((file) => file.size > 0, "The file is empty.")
    .refine((file) => file.size <= MAX_FILING_BYTES, "The file is over 20 MB.")
    .refine(
      (file) => file.name !== "" && unsupportedFileType(file.name) === null,
      "Choose EDGAR text (.txt) or HTML (.htm, .html).",
    ),
});

/** A user may replace a filing's text when they imported it (shipped filings have no importer). */
export function mayReplaceFilingText(
  filing: { importedById: string | null },
  userId: string | null,
): boolean {
  return userId !== null && filing.importedById === userId;
}
