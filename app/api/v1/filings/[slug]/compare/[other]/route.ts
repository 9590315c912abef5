import { requireApiReader } from "@/server/api/access";
import { apiRoute } from "@/server/api/handler";
import type { FilingWithAnalysis } from "@/server/data/get-filing";
import { compareFilings } from "@/server/lineage/compare-filings";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/filings/{slug}/compare/{other}: the two filings' risk factors compared, the
 * earlier period as the older — each pair's indexes (into each filing's `riskFactors`, as
 * GET /api/v1/filings/{slug} lists them), status and similarity, with titles and links; and
 * the risk section's scores (cosine, Jaccard, minimum edit, simple).
 */
export const GET = apiRoute<{ slug: string; other: string }>(async (context, { slug, other }) => {
  requireApiReader(context);
  const { older, newer, pairs, scores } = await compareFilings({ slug, other });
  const filing = (each: FilingWithAnalysis) => ({
    slug: each.slug,
    company: each.company,
    form: each.form,
    fiscalYear: each.fiscalYear,
    periodOfReport: each.periodOfReport,
    links: {
      self: `${context.baseUrl}/api/v1/filings/${each.slug}`,
      reader: `${context.baseUrl}/filings/${each.slug}`,
    },
  });
  const risk = (each: FilingWithAnalysis, index: number | null) => {
    const found = index === null ? undefined : each.riskFactors[index];
    return found
      ? { title: found.title, link: `${context.baseUrl}/filings/${each.slug}#${found.blockId}` }
      : null;
  };
  return Response.json(
    {
      older: filing(older),
      newer: filing(newer),
      pairs: pairs.map((pair) => ({
        ...pair,
        oldRisk: risk(older, pair.old),
        newRisk: risk(newer, pair.new),
      })),
      scores,
    },
    { headers: { "cache-control": "private, no-cache" } },
  );
});
