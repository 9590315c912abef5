import "server-only";
import type { RiskFactorText } from "@/lib/lineage/align-risk-factors";
import { getFiling } from "@/server/data/get-filing";
import { getFilingText } from "@/server/data/get-filing-text";

/** A library filing's risk factors in order, each with its whole text; null: no such filing. */
export async function readFilingRiskFactors(options: { slug: string }): Promise<RiskFactorText[] | null> {
  const [filing, text] = await Promise.all([getFiling(options), getFilingText(options)]);
  if (!filing || !text) return null;
  return filing.riskFactors.map((risk) => ({
    title: risk.title,
    text: text.canonicalText.slice(risk.start, risk.end),
  }));
}
