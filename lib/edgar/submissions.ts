import { z } from "zod";
import { accessionNumber, bareCik } from "./cik";

/** One filing as a company's EDGAR submissions list it. */
export interface EdgarFiling {
  /** "0001065280-25-000044". */
  accession: string;
  /** "10-K", "20-F", "10-K/A"… */
  form: string;
  /** ISO date filed. */
  filingDate: string;
  /** ISO period of report (the fiscal year's end for an annual report), when it has one. */
  reportDate: string | null;
  /** The main document's file name in the filing's folder ("" when EDGAR names none, e.g. paper filings). */
  primaryDocument: string;
  description: string;
  /** Bytes of the whole submission. */
  size: number | null;
  isInlineXbrl: boolean;
}

/** A company as its EDGAR submissions describe it, with its recent filings. */
export interface EdgarCompany {
  cik: string;
  name: string;
  tickers: string[];
  /** "1231": month and day the fiscal year ends. */
  fiscalYearEnd: string | null;
  /** Newest first. */
  filings: EdgarFiling[];
  /** File names of the older pages of filings ("CIK0001065280-submissions-001.json"). */
  olderPages: string[];
}

const column = <T extends z.ZodType>(item: T) => z.array(item).default([]);
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? "");

/** The columns of a page of filings (each a list, one entry per filing). */
const filingColumnsSchema = z.object({
  accessionNumber: z.array(z.string()),
  filingDate: column(z.string()),
  reportDate: column(optionalText),
  form: column(z.string()),
  primaryDocument: column(optionalText),
  primaryDocDescription: column(optionalText),
  size: column(z.number().nullish()),
  isInlineXBRL: column(z.union([z.number(), z.boolean()]).nullish()),
});

const submissionsSchema = z.object({
  cik: z.union([z.string(), z.number()]),
  name: z.string(),
  tickers: z.array(z.string()).default([]),
  fiscalYearEnd: z.string().nullish(),
  filings: z.object({
    recent: filingColumnsSchema,
    files: z.array(z.object({ name: z.string() })).default([]),
  }),
});

const isoDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

function rowsOf(columns: z.infer<typeof filingColumnsSchema>): EdgarFiling[] {
  const filings: EdgarFiling[] = [];
  columns.accessionNumber.forEach((raw, index) => {
    const accession = accessionNumber(raw);
    const filingDate = isoDate(columns.filingDate[index]);
    const form = columns.form[index];
    if (!accession || !filingDate || !form) return;
    filings.push({
      accession,
      form,
      filingDate,
      reportDate: isoDate(columns.reportDate[index]),
      primaryDocument: columns.primaryDocument[index] ?? "",
      description: columns.primaryDocDescription[index] ?? "",
      size: columns.size[index] ?? null,
      isInlineXbrl: Boolean(columns.isInlineXBRL[index]),
    });
  });
  return filings;
}

/**
 * A company's submissions (`/submissions/CIK##########.json`): who it is and its recent
 * filings as rows (EDGAR sends them as columns). Null when the JSON is not a submissions file.
 */
export function parseSubmissions(json: unknown): EdgarCompany | null {
  const parsed = submissionsSchema.safeParse(json);
  if (!parsed.success) return null;
  const { data } = parsed;
  return {
    cik: bareCik(data.cik),
    name: data.name,
    tickers: data.tickers,
    fiscalYearEnd: data.fiscalYearEnd ?? null,
    filings: rowsOf(data.filings.recent),
    olderPages: data.filings.files
      .map((file) => file.name)
      .filter((name) => /^CIK\d{10}-submissions-\d{3}\.json$/.test(name)),
  };
}

/** An older page of a company's filings (`/submissions/CIK##########-submissions-001.json`). */
export function parseSubmissionsPage(json: unknown): EdgarFiling[] | null {
  const parsed = filingColumnsSchema.safeParse(json);
  return parsed.success ? rowsOf(parsed.data) : null;
}

/**
 * Whether a filing's form is the one asked for (its amendments included: "10-K" matches
 * "10-K/A"); "424B" stands for every 424B prospectus (424B1…424B8).
 */
export function formMatches(form: string, wanted: string): boolean {
  const base = form.toUpperCase().replace(/\/A$/, "");
  const asked = wanted.toUpperCase();
  if (asked === "424B") return /^424B\d$/.test(base);
  return base === asked.replace(/\/A$/, "");
}

/** The annual reports (10-K, 20-F, 40-F) an import of "a company's filings" means by default. */
export const ANNUAL_REPORT_FORMS = ["10-K", "20-F", "40-F"] as const;

/** The fiscal year a filing reports on: the year its period ends (null without a period). */
export function fiscalYearOf(filing: Pick<EdgarFiling, "reportDate">): number | null {
  return filing.reportDate ? Number(filing.reportDate.slice(0, 4)) : null;
}
