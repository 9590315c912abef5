import "server-only";
import type { RiskCategory } from "@/lib/filing/types";
import { db } from "../db";

/**
 * Stores (or clears, with null) the analyst's category for one risk factor of a filing, and
 * records the change (who, when, from, to) in the same transaction.
 * @returns false when the filing or risk factor does not exist
 */
export async function updateRiskCategory(options: {
  filingSlug: string;
  blockId: string;
  category: RiskCategory | null;
  /** Who changes it. */
  userId: string;
}): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const risk = await tx.riskFactor.findFirst({
      where: { blockId: options.blockId, filing: { slug: options.filingSlug } },
      select: { id: true, categoryOverride: true },
    });
    if (!risk) return false;
    if (risk.categoryOverride === options.category) return true;
    await tx.riskFactor.update({ where: { id: risk.id }, data: { categoryOverride: options.category } });
    await tx.riskCategoryChange.create({
      data: {
        riskFactorId: risk.id,
        userId: options.userId,
        from: risk.categoryOverride,
        to: options.category,
      },
    });
    return true;
  });
}
