import { requireApiReader } from "@/server/api/access";
import { apiRoute } from "@/server/api/handler";
import { listFilings } from "@/server/data/list-filings";

export const dynamic = "force-dynamic";

/** GET /api/v1/filings: every filing in the library (public documents). */
export const GET = apiRoute(async (context) => {
  requireApiReader(context);
  const filings = await listFilings();
  return Response.json({
    items: filings.map((filing) => ({
      slug: filing.slug,
      company: filing.company,
      form: filing.form,
      fiscalYear: filing.fiscalYear,
      riskFactorCount: filing._count.riskFactors,
      createdAt: filing.createdAt.toISOString(),
      links: {
        self: `${context.baseUrl}/api/v1/filings/${filing.slug}`,
        reader: `${context.baseUrl}/filings/${filing.slug}`,
        annotations: `${context.baseUrl}/api/v1/filings/${filing.slug}/annotations`,
      },
    })),
  });
});
