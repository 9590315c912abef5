import "server-only";
import { isRiskCategory, riskGroupOf } from "@/lib/filing/types";
import { db } from "../db";

/** An analyst's category override, as evidence for the evaluation corpus. */
export interface CategoryOverrideRecord {
  filing: string;
  company: string;
  form: string;
  fiscalYear: number | null;
  title: string;
  detected: string;
  group: string;
  category: string;
}

/**
 * Every risk factor whose category an analyst overrode, oldest filing first: what the
 * analysis chose and what the analyst chose instead (`npm run eval:analysis -- --export-overrides`).
 */
export async function listCategoryOverrides(
  options: { take?: number } = {},
): Promise<CategoryOverrideRecord[]> {
  const rows = await db().riskFactor.findMany({
    where: { categoryOverride: { not: null } },
    orderBy: [{ filing: { createdAt: "asc" } }, { ordinal: "asc" }],
    take: options.take ?? 10_000,
    select: {
      title: true,
      category: true,
      categoryOverride: true,
      filing: { select: { slug: true, company: true, form: true, fiscalYear: true } },
    },
  });
  return rows.map((row) => {
    const category = row.categoryOverride ?? row.category;
    return {
      filing: row.filing.slug,
      company: row.filing.company,
      form: row.filing.form,
      fiscalYear: row.filing.fiscalYear,
      title: row.title,
      detected: row.category,
      group: isRiskCategory(category) ? riskGroupOf(category) : "other",
      category,
    };
  });
}
