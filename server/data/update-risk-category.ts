import "server-only";
import type { RiskCategory } from "@/lib/filing/types";
import { db } from "../db";

/**
 * Stores (or clears, with null) the analyst's category for one risk factor of a filing.
 * @returns false when the filing or risk factor does not exist
 */
export async function updateRiskCategory(options: {
  filingSlug: string;
  blockId: string;
  category: RiskCategory | null;
}): Promise<boolean> {
  const result = await db().riskFactor.updateMany({
    where: { blockId: options.blockId, filing: { slug: options.filingSlug } },
    data: { categoryOverride: options.category },
  });
  return result.count === 1;
}
