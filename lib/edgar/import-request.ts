import { z } from "zod";

/** A request to bring filings in from EDGAR (the API's body; the library's form). */
export const edgarImportRequestSchema = z.object({
  edgar: z
    .string({ message: "Say what to import: a ticker, company name, CIK or EDGAR link." })
    .trim()
    .min(1, "Say what to import: a ticker, company name, CIK or EDGAR link.")
    .max(2_000, "That is too long to be a ticker, a CIK or an EDGAR link."),
  form: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9 /-]{0,14}$/, "A form is written as EDGAR writes it: 10-K, 20-F, 10-Q, 424B…")
    .optional(),
  fiscalYear: z.number().int().min(1993, "EDGAR starts in 1993.").max(2100).optional(),
  last: z.number().int().min(1).max(20, "At most 20 filings at once.").optional(),
});

/** The library's "Add from EDGAR" search: what was typed, and which kind of filings to list. */
export const edgarSearchSchema = z.object({
  input: edgarImportRequestSchema.shape.edgar,
  /** "annual" for 10-K, 20-F and 40-F together; otherwise one form. */
  form: z.enum(["annual", "10-K", "20-F", "40-F", "10-Q", "8-K", "S-1", "424B"]).default("annual"),
});

/** Filings picked from the list to import (each becomes one background job). */
export const edgarPicksSchema = z.object({
  filings: z
    .array(
      z.object({
        cik: z.string().regex(/^\d{1,10}$/),
        accession: z.string().regex(/^\d{10}-\d{2}-\d{6}$/),
        /** As the list showed it ("NETFLIX INC 10-K Dec 31, 2024"). */
        label: z.string().trim().max(200).optional(),
      }),
    )
    .min(1, "Pick at least one filing.")
    .max(20, "At most 20 filings at once."),
});
