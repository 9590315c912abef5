import type { RiskPair } from "./align-risk-factors";

/** One appearance of a risk factor, as the company's lineages list it. */
export interface LineageAppearance {
  slug: string;
  year: string;
  riskFactor: number;
  title: string;
  blockId: string;
  status: RiskPair["status"] | "first";
}

/** A risk factor followed through a company's reports (see readCompanyLineages). */
export interface CompanyLineage {
  id: string;
  firstSeen: string;
  lastSeen: string;
  timesChanged: number;
  splitFrom: string | null;
  mergedInto: string | null;
  appearances: LineageAppearance[];
}

/** A row of the lineage table: one risk factor, a cell per report (null where it is absent). */
export interface LineageRow {
  id: string;
  /** Its title in the last report it appears in. */
  title: string;
  latest: LineageAppearance;
  cells: Array<LineageAppearance | null>;
  /** In the company's latest report. */
  current: boolean;
  timesChanged: number;
  splitFrom: string | null;
  mergedInto: string | null;
}

/** Which rows the table shows. */
export const LINEAGE_FILTERS = ["all", "current", "changed", "gone"] as const;
export type LineageFilter = (typeof LINEAGE_FILTERS)[number];

/** What the table says about the lineages: counts for its summary and its filters. */
export interface LineageSummary {
  reports: number;
  lineages: number;
  current: number;
  changed: number;
  gone: number;
}

/**
 * The lineage table of a company: a row per risk factor, a column per report (oldest first),
 * current risk factors first in the latest report's order, then those gone (most recently
 * seen first); with counts for its summary. Filtered to `filter`'s rows.
 */
export function lineageTable(
  reports: ReadonlyArray<{ slug: string }>,
  lineages: readonly CompanyLineage[],
  filter: LineageFilter = "all",
): { rows: LineageRow[]; summary: LineageSummary } {
  const column = new Map(reports.map((report, index) => [report.slug, index]));
  const last = reports.length - 1;
  const rows = lineages.flatMap((lineage): LineageRow[] => {
    const latest = lineage.appearances.at(-1);
    if (!latest) return [];
    const cells: Array<LineageAppearance | null> = reports.map(() => null);
    for (const appearance of lineage.appearances) {
      const index = column.get(appearance.slug);
      if (index !== undefined) cells[index] = appearance;
    }
    return [
      {
        id: lineage.id,
        title: latest.title,
        latest,
        cells,
        current: cells[last] !== null,
        timesChanged: lineage.timesChanged,
        splitFrom: lineage.splitFrom,
        mergedInto: lineage.mergedInto,
      },
    ];
  });
  const lastColumn = (row: LineageRow) => row.cells.findLastIndex((cell) => cell !== null);
  rows.sort((a, b) =>
    a.current !== b.current
      ? a.current
        ? -1
        : 1
      : a.current
        ? a.latest.riskFactor - b.latest.riskFactor
        : lastColumn(b) - lastColumn(a) || a.latest.riskFactor - b.latest.riskFactor,
  );
  const summary: LineageSummary = {
    reports: reports.length,
    lineages: rows.length,
    current: rows.filter((row) => row.current).length,
    changed: rows.filter((row) => row.timesChanged > 0).length,
    gone: rows.filter((row) => !row.current).length,
  };
  const shown = rows.filter((row) =>
    filter === "current"
      ? row.current
      : filter === "changed"
        ? row.timesChanged > 0
        : filter === "gone"
          ? !row.current
          : true,
  );
  return { rows: shown, summary };
}

/** What a cell says: in words (for screen readers and the tip) and as a short visible mark. */
export const APPEARANCE_LABELS: Record<LineageAppearance["status"], { words: string; mark: string }> = {
  first: { words: "new", mark: "new" },
  unchanged: { words: "unchanged", mark: "same" },
  changed: { words: "reworded", mark: "reworded" },
  moved: { words: "moved", mark: "moved" },
  split: { words: "split from a larger risk", mark: "split" },
  merged: { words: "merged from two risks", mark: "merged" },
  added: { words: "new", mark: "new" },
  removed: { words: "removed", mark: "gone" },
};

/** The element id of a risk factor's cell in the table, so a reader's link can point at it. */
export function lineageCellId(slug: string, blockId: string): string {
  return `${slug}--${blockId}`;
}
