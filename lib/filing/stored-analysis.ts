import { z } from "zod";
import type { FilingAnalysis } from "./types";

/** What a filing row stores of its analysis (risk factors have their own table; the text its own column). */
export type StoredAnalysis = Pick<FilingAnalysis, "blocks" | "sections" | "figures" | "metadata">;

const offset = z.number().int().nonnegative();

const blockSchema = z.object({
  id: z.string(),
  kind: z.enum([
    "sectionHeading",
    "riskTitle",
    "groupHeader",
    "paragraph",
    "listItem",
    "table",
    "preformatted",
  ]),
  start: offset,
  end: offset,
  table: z
    .object({
      columns: z.number().int().positive(),
      headerRows: z.number().int().nonnegative(),
      spans: z.array(z.tuple([offset, offset, z.number().int(), z.number().int()])),
    })
    .optional(),
});

const sectionSchema = z.object({
  label: z.string(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  title: z.string(),
  start: offset,
  end: offset,
  blockId: z.string(),
});

const figureSchema = z.object({
  kind: z.enum(["money", "percent", "date", "shareCount", "other"]),
  text: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
  start: offset,
  end: offset,
  row: z.string().optional(),
  column: z.string().optional(),
});

const metadataSchema = z.object({
  company: z.string().optional(),
  form: z.string().optional(),
  fiscalYear: z.number().int().optional(),
  cik: z.string().optional(),
  tickers: z.array(z.string()).optional(),
  periodOfReport: z.string().optional(),
  filingDate: z.string().optional(),
  accessionNumber: z.string().optional(),
});

/**
 * The analysis as stored in the filing row's JSON column: read back through this schema, so a
 * row written by an older version (or by hand) fails loudly at the read instead of deep in a
 * page. Unknown keys are dropped.
 */
export const storedAnalysisSchema: z.ZodType<StoredAnalysis> = z.object({
  blocks: z.array(blockSchema),
  sections: z.array(sectionSchema),
  figures: z.array(figureSchema),
  metadata: metadataSchema,
});
