import "server-only";
import { isFilingSlug } from "@/lib/filing/import-request";
import { db } from "../db";

/**
 * What a signed-out reader's page of a filing depends on, as one short string: the filing's
 * id and row version (text, analysis and details all change `updatedAt`), the analyzer it was
 * analysed with, and its risk factors' categories (the latest change to one, and how many
 * changes were recorded: two within one millisecond still differ). The page cache in front of Next (scripts/page-cache.mjs) keys pages on it, so any
 * of those changes is a new page. Null when there is no such filing.
 */
export async function getReaderPageVersion(options: { slug: string }): Promise<string | null> {
  if (!isFilingSlug(options.slug)) return null;
  // One round trip, no text or analysis read: this runs before every cached page is served.
  const rows = await db().$queryRaw<
    Array<{ id: string; updated: Date; analyzer: number; risks: Date | null; changes: bigint }>
  >`
    SELECT f."id", f."updatedAt" AS "updated", f."analyzerVersion" AS "analyzer",
           (SELECT max(r."updatedAt") FROM "RiskFactor" r WHERE r."filingId" = f."id") AS "risks",
           (SELECT count(*) FROM "RiskCategoryChange" c JOIN "RiskFactor" r ON r."id" = c."riskFactorId"
             WHERE r."filingId" = f."id") AS "changes"
    FROM "Filing" f WHERE f."slug" = ${options.slug}`;
  const row = rows[0];
  if (!row) return null;
  return [row.id, row.updated.getTime(), row.analyzer, row.risks?.getTime() ?? 0, row.changes].join(".");
}
