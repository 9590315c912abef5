import { isCik, paddedCik } from "@/lib/edgar/cik";
import { requireApiReader } from "@/server/api/access";
import { apiRoute } from "@/server/api/handler";
import { AppError } from "@/server/errors";
import { readCompanyLineages } from "@/server/lineage/read-company-lineages";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/companies/{cik}/lineage: every risk factor of the company followed through its
 * annual reports in the library, oldest first (stable lineage ids, first and last seen, times
 * changed, each appearance with a link).
 */
export const GET = apiRoute<{ cik: string }>(async (context, { cik }) => {
  requireApiReader(context);
  if (!isCik(cik)) throw new AppError("not-found", "A CIK is up to ten digits.");
  const { reports, lineages } = await readCompanyLineages({ cik: paddedCik(cik) });
  return Response.json({
    reports: reports.map((report) => ({ ...report, reader: `${context.baseUrl}/filings/${report.slug}` })),
    lineages: lineages.map((lineage) => ({
      ...lineage,
      appearances: lineage.appearances.map(({ blockId, ...appearance }) => ({
        ...appearance,
        link: `${context.baseUrl}/filings/${appearance.slug}#${blockId}`,
      })),
    })),
  });
});
