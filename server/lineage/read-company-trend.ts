import "server-only";
import type { RiskPair } from "@/lib/lineage/align-risk-factors";
import type { TrendPoint } from "@/lib/lineage/trend-point";
import { compareFilings } from "./compare-filings";
import { listOrderedReports } from "./list-ordered-reports";

const count = (pairs: readonly RiskPair[], status: RiskPair["status"], side: "old" | "new") =>
  new Set(pairs.filter((pair) => pair.status === status).map((pair) => pair[side])).size;

/**
 * A company's risk section year over year, from the annual reports of it (by ten-digit CIK)
 * in the library: for each report after the first, its similarity to the year before's and how
 * many risk factors were new, removed and reworded. Oldest first. Between comparisons the event
 * loop is let go (a long history of whole 10-Ks takes a while the first time; compareFilings
 * keeps each after).
 */
export async function readCompanyTrend(options: { cik: string }): Promise<TrendPoint[]> {
  const reports = await listOrderedReports(options);
  const points: TrendPoint[] = [];
  for (let index = 1; index < reports.length; index++) {
    const older = reports[index - 1]!;
    const newer = reports[index]!;
    await new Promise((resolve) => setImmediate(resolve));
    const { pairs, scores } = await compareFilings({ slug: newer.slug, other: older.slug });
    points.push({
      slug: newer.slug,
      year: newer.year,
      previousSlug: older.slug,
      scores,
      added: count(pairs, "added", "new"),
      removed: count(pairs, "removed", "old"),
      changed: count(pairs, "changed", "new") + count(pairs, "split", "old") + count(pairs, "merged", "new"),
    });
  }
  return points;
}
