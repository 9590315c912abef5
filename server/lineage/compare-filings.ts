import "server-only";
import { compareRiskSections } from "@/lib/lineage/align-risk-factors";
import { getFiling, type FilingWithAnalysis } from "@/server/data/get-filing";
import { AppError } from "@/server/errors";

/** When a filing's period ends, as far as it is known (for putting two in order). */
const periodOf = (filing: FilingWithAnalysis) =>
  filing.periodOfReport ??
  (filing.fiscalYear ? `${filing.fiscalYear}-12-31` : null) ??
  filing.filingDate ??
  "";

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
  const [older, newer] = periodOf(first) < periodOf(second) ? [first, second] : [second, first];
  const risks = (filing: FilingWithAnalysis) =>
    filing.riskFactors.map((risk) => ({
      title: risk.title,
      text: filing.canonicalText.slice(risk.start, risk.end),
    }));
  return { older, newer, ...compareRiskSections(risks(older), risks(newer)) };
}
