import "server-only";
import { reportPeriod } from "@/lib/filing/report-period";
import { compareRiskSections } from "@/lib/lineage/align-risk-factors";
import { getFiling, type FilingWithAnalysis } from "@/server/data/get-filing";
import { AppError } from "@/server/errors";

type Comparison = ReturnType<typeof compareRiskSections>;

/**
 * Comparisons made in this process, by both filings' ids and versions (a text replaced or an
 * analysis redone makes a new key): the reader's carried notes, the compare page and the
 * company trend ask for the same ones again and again, and an alignment of two long reports
 * takes hundreds of milliseconds.
 */
const globalForCompare = globalThis as unknown as { marginaliaComparisons?: Map<string, Comparison> };
const comparisons: Map<string, Comparison> = (globalForCompare.marginaliaComparisons ??= new Map());
const MOST_KEPT = 500;

/**
 * Two library filings' risk factors compared, the one with the earlier period as the older
 * (`other` when that cannot be told): what became of each risk factor, and the risk section's
 * year-over-year scores, with both filings and their risk factors (title, block, offsets).
 * @throws AppError "not-found" when either slug names no filing
 */
export async function compareFilings(options: { slug: string; other: string }) {
  const [first, second] = await Promise.all([
    getFiling({ slug: options.slug }),
    getFiling({ slug: options.other }),
  ]);
  if (!first || !second) throw new AppError("not-found", "No filing has that slug.");
  const [older, newer] = reportPeriod(first) < reportPeriod(second) ? [first, second] : [second, first];
  const key = `${older.id}@${older.updatedAt.getTime()}|${newer.id}@${newer.updatedAt.getTime()}`;
  let comparison = comparisons.get(key);
  if (!comparison) {
    const risks = (filing: FilingWithAnalysis) =>
      filing.riskFactors.map((risk) => ({
        title: risk.title,
        text: filing.canonicalText.slice(risk.start, risk.end),
      }));
    comparison = compareRiskSections(risks(older), risks(newer));
    if (comparisons.size >= MOST_KEPT) comparisons.delete(comparisons.keys().next().value!);
    comparisons.set(key, comparison);
  }
  return { older, newer, ...comparison };
}
