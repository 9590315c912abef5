import { requireApiReader } from "@/server/api/access";
import { apiRoute } from "@/server/api/handler";
import { getFiling } from "@/server/data/get-filing";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/** GET /api/v1/filings/{slug}: a filing's metadata, sections and risk factors (offsets into its text). */
export const GET = apiRoute<{ slug: string }>(async (context, { slug }) => {
  requireApiReader(context);
  const filing = await getFiling({ slug });
  if (!filing) throw new AppError("not-found", "No filing has that slug.");
  const url = new URL(context.request.url);
  const withText = url.searchParams.get("include") === "text";
  return Response.json({
    slug: filing.slug,
    company: filing.company,
    form: filing.form,
    fiscalYear: filing.fiscalYear,
    textHash: filing.textHash,
    textLength: filing.canonicalText.length,
    ...(withText ? { text: filing.canonicalText } : {}),
    sections: filing.analysis.sections,
    riskFactors: filing.riskFactors.map((risk) => ({
      ordinal: risk.ordinal,
      blockId: risk.blockId,
      title: risk.title,
      category: risk.categoryOverride ?? risk.category,
      start: risk.start,
      end: risk.end,
      link: `${context.baseUrl}/filings/${filing.slug}#${risk.blockId}`,
    })),
    links: {
      reader: `${context.baseUrl}/filings/${filing.slug}`,
      annotations: `${context.baseUrl}/api/v1/filings/${filing.slug}/annotations`,
      export: `${context.baseUrl}/api/v1/filings/${filing.slug}/export`,
    },
  });
});
