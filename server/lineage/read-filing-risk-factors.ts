import "server-only";
import type { RiskFactorText } from "@/lib/lineage/align-risk-factors";
import { getFiling } from "@/server/data/get-filing";

/** A library filing's risk factors in order, each with its whole text; null: no such filing. */
export async function readFilingRiskFactors(options: { slug: string }): Promise<RiskFactorText[] | null> {
  const filing = await getFiling(options);
  if (!filing) return null;
  return filing.riskFactors.map((risk) => ({
    title: risk.title,
    text: filing.canonicalText.slice(risk.start, risk.end),
  }));
}
