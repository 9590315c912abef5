import "server-only";
import { db } from "../db";
import type { ReaderFact } from "@/lib/xbrl/reader-facts";
import type { FactPeriod } from "@/lib/xbrl/parse-inline-xbrl";

/** Text facts whose values the reader keeps: the cover page's (dei), not the notes' text blocks. */
const KEPT_TEXT = "dei:%";

/**
 * A filing's stored facts in document order, as the reader shows them: numbers, booleans and
 * the cover page's text in full, other text facts (whole notes tagged as text blocks, up to
 * megabytes) without their value.
 */
export async function listReaderFacts(options: {
  filingId: string;
}): Promise<Array<ReaderFact & { source: "inline" | "companyfacts" }>> {
  // Raw SQL: the text blocks' values are left in the database rather than decoded and dropped.
  const rows = await db().$queryRaw<
    Array<{
      concept: string;
      value: ReaderFact["value"];
      unit: string | null;
      period: FactPeriod;
      decimals: string | null;
      dimensions: Record<string, string>;
      start: number | null;
      end: number | null;
      source: "inline" | "companyfacts";
    }>
  >`
    SELECT "concept",
           CASE WHEN jsonb_typeof("value") = 'string' AND "concept" NOT LIKE ${KEPT_TEXT}
                THEN 'null'::jsonb ELSE "value" END AS "value",
           "unit", "period", "decimals", "dimensions", "start", "end", "source"
    FROM "FilingFact" WHERE "filingId" = ${options.filingId}::uuid ORDER BY "ordinal"`;
  return rows.map((row) => ({
    concept: row.concept,
    value: row.value,
    ...(row.unit !== null ? { unit: row.unit } : {}),
    period: row.period,
    ...(row.decimals !== null ? { decimals: row.decimals === "INF" ? "INF" : Number(row.decimals) } : {}),
    dimensions: row.dimensions,
    ...(row.start !== null && row.end !== null ? { start: row.start, end: row.end } : {}),
    source: row.source,
  }));
}
