import type { Figure, FigureKind } from "./types";

/** A figure with the risk factor it sits in (if any): one row of the figures table. */
export interface FigureRow extends Figure {
  riskFactorTitle: string | null;
  riskFactorId: string | null;
}

export const FIGURE_SORT_KEYS = ["position", "kind", "value", "text"] as const;
export type FigureSortKey = (typeof FIGURE_SORT_KEYS)[number];

export interface FigureTableQuery {
  kind?: FigureKind;
  /** Case-insensitive text to find in the figure, its risk factor's title or its table row and column. */
  search?: string;
  sort?: FigureSortKey;
  descending?: boolean;
}

/**
 * Places each figure in the risk factor whose range contains it (both lists sorted by
 * offset: one pass).
 */
export function figureRows(
  figures: Figure[],
  riskFactors: Array<{ id: string; title: string; start: number; end: number }>,
): FigureRow[] {
  const risks = [...riskFactors].sort((a, b) => a.start - b.start);
  let index = 0;
  return figures.map((figure) => {
    while (index < risks.length && risks[index]!.end <= figure.start) index++;
    const risk = risks[index];
    const inside = risk && risk.start <= figure.start && figure.end <= risk.end;
    return { ...figure, riskFactorTitle: inside ? risk.title : null, riskFactorId: inside ? risk.id : null };
  });
}

/** Filters and sorts the figures table; unknown values sort after numbers, then by position. */
export function queryFigureRows(rows: FigureRow[], query: FigureTableQuery): FigureRow[] {
  const needle = query.search?.trim().toLowerCase();
  const kept = rows.filter(
    (row) =>
      (!query.kind || row.kind === query.kind) &&
      (!needle ||
        row.text.toLowerCase().includes(needle) ||
        (row.riskFactorTitle?.toLowerCase().includes(needle) ?? false) ||
        (row.row?.toLowerCase().includes(needle) ?? false) ||
        (row.column?.toLowerCase().includes(needle) ?? false)),
  );
  const sort = query.sort ?? "position";
  const compare = (a: FigureRow, b: FigureRow): number => {
    switch (sort) {
      case "kind":
        return a.kind.localeCompare(b.kind);
      case "text":
        return a.text.localeCompare(b.text);
      case "value":
        if (typeof a.value === "number" && typeof b.value === "number") return a.value - b.value;
        if (typeof a.value === "number") return -1;
        if (typeof b.value === "number") return 1;
        return a.value.localeCompare(b.value);
      default:
        return 0;
    }
  };
  const direction = query.descending ? -1 : 1;
  return kept.sort((a, b) => direction * compare(a, b) || a.start - b.start);
}
