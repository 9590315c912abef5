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

const shapeSchema = z.object({
  blocks: z.array(z.unknown()),
  sections: z.array(sectionSchema),
  figures: z.array(z.unknown()),
  metadata: metadataSchema,
});

/** How many blocks or figures are checked between two yields to the event loop. */
const SLICE = 1_000;

/** Each item parsed with `schema`, a slice at a time, yielding between slices. */
async function parseSliced<T>(items: unknown[], schema: z.ZodType<T>): Promise<T[]> {
  const parsed: T[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    parsed.push(...z.array(schema).parse(items.slice(start, start + SLICE)));
  }
  return parsed;
}

/**
 * The analysis as stored in the filing row's JSON column, read back through its schema: a row
 * written by an older version (or by hand) fails loudly at the read instead of deep in a page;
 * unknown keys are dropped. A whole filing holds tens of thousands of figures, so they (and
 * the blocks) are checked a thousand at a time, letting other requests run in between.
 * @throws z.ZodError when the row does not have the expected shape
 */
export async function parseStoredAnalysis(json: unknown): Promise<StoredAnalysis> {
  const shape = shapeSchema.parse(json);
  return {
    blocks: await parseSliced(shape.blocks, blockSchema),
    sections: shape.sections,
    figures: await parseSliced(shape.figures, figureSchema),
    metadata: shape.metadata,
  };
}
