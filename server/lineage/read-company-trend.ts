import "server-only";
import type { RiskPair } from "@/lib/lineage/align-risk-factors";
import type { TrendPoint } from "@/lib/lineage/trend-point";
import { listOrderedReports } from "./list-ordered-reports";
import { compareFilings } from "./compare-filings";

type Comparison = Pick<TrendPoint, "scores" | "added" | "removed" | "changed">;

/** Comparisons already made in this process, by both filings' ids and versions (a text replaced makes a new key). */
const globalForTrend = globalThis as unknown as { marginaliaComparisons?: Map<string, Comparison> };
const comparisons = (globalForTrend.marginaliaComparisons ??= new Map());
const MOST_KEPT = 500;

const count = (pairs: readonly RiskPair[], status: RiskPair["status"], side: "old" | "new") =>
  new Set(pairs.filter((pair) => pair.status === status).map((pair) => pair[side])).size;

/**
 * A company's risk section year over year, from the annual reports of it (by ten-digit CIK)
 * in the library: for each report after the first, its similarity to the year before's and how
 * many risk factors were new, removed and reworded. Oldest first. Each comparison is made once
 * per process and kept; between comparisons the event loop is let go (a long history of whole
 * 10-Ks takes a while the first time).
 */
export async function readCompanyTrend(options: { cik: string }): Promise<TrendPoint[]> {
  const reports = await listOrderedReports(options);
  const points: TrendPoint[] = [];
  for (let index = 1; index < reports.length; index++) {
    const older = reports[index - 1]!;
    const newer = reports[index]!;
    const key = `${older.id}@${older.updatedAt.getTime()}|${newer.id}@${newer.updatedAt.getTime()}`;
    let comparison = comparisons.get(key);
    if (!comparison) {
      await new Promise((resolve) => setImmediate(resolve));
      const { pairs, scores } = await compareFilings({ slug: newer.slug, other: older.slug });
      comparison = {
        scores,
        added: count(pairs, "added", "new"),
        removed: count(pairs, "removed", "old"),
        changed:
          count(pairs, "changed", "new") + count(pairs, "split", "old") + count(pairs, "merged", "new"),
      };
      if (comparisons.size >= MOST_KEPT) comparisons.delete(comparisons.keys().next().value!);
      comparisons.set(key, comparison);
    }
    points.push({
      slug: newer.slug,
      year: newer.year,
      previousSlug: older.slug,
      ...comparison,
    });
  }
  return points;
}
