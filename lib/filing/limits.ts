/**
 * What one filing may hold, so every page that shows a filing, and its analysis, does bounded
 * work. Whole annual reports stay far below (Netflix's 2 MB 10-K: 692 blocks, 71 tables, 1,546
 * figures); a document past any of these is refused at import with a message saying which.
 */
export const FILING_LIMITS = {
  /** Blocks (paragraphs, headings, list items, tables) of the canonical text. */
  blocks: 40_000,
  /** Figures, table numbers included. */
  figures: 25_000,
  /** Data tables. */
  tables: 2_000,
  /** Cells over all data tables. */
  tableCells: 250_000,
} as const;

/** Which limit a filing went past. */
export type FilingLimit = keyof typeof FILING_LIMITS;

const WHAT: Record<FilingLimit, string> = {
  blocks: "paragraphs and headings",
  figures: "figures",
  tables: "tables",
  tableCells: "table cells",
};

/** The message for a filing past a limit. */
export function limitMessage(limit: FilingLimit): string {
  const count = FILING_LIMITS[limit].toLocaleString("en-US");
  return (
    `This filing has more than ${count} ${WHAT[limit]}, more than Marginalia reads in one filing. ` +
    "Import the part you need (e.g. Item 1A and the financial statements)."
  );
}
