import { factsQuerySchema } from "@/lib/api/facts-query";
import { requireApiReader } from "@/server/api/access";
import { apiRoute } from "@/server/api/handler";
import { getFilingSummary } from "@/server/data/get-filing-summary";
import { listFilingFacts } from "@/server/data/list-filing-facts";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/filings/{slug}/facts: the filing's facts — its inline XBRL's in document order,
 * or, for a filing without, those EDGAR's companyfacts holds for it — a page at a time
 * (`limit`, up to 500; `after`: the `next` of the page before), optionally of one `concept`.
 * Each: concept, value (scaled number, text, boolean or null), unit, period, decimals,
 * dimensions, start/end in the canonical text when shown (hidden facts have none), and its
 * source ("inline" or "companyfacts").
 */
export const GET = apiRoute<{ slug: string }>(async (context, { slug }) => {
  requireApiReader(context);
  const query = factsQuerySchema.safeParse(Object.fromEntries(context.url.searchParams));
  if (!query.success)
    throw new AppError("invalid-input", "Bad query: limit 1–500, after an integer, concept a QName.", {
      details: query.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    });
  const filing = await getFilingSummary({ slug });
  if (!filing) throw new AppError("not-found", "No filing has that slug.");
  const { limit, after, concept } = query.data;
  const rows = await listFilingFacts({ filingId: filing.id, after, limit, concept });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? last.ordinal : null;
  const facts = page.map(({ decimals, unit, start, end, ...fact }) => ({
    ...fact,
    ...(unit !== null ? { unit } : {}),
    ...(decimals !== null ? { decimals: decimals === "INF" ? "INF" : Number(decimals) } : {}),
    ...(start !== null && end !== null ? { start, end } : {}),
  }));
  const base = `${context.baseUrl}/api/v1/filings/${slug}/facts`;
  const nextUrl = new URL(base);
  if (next !== null) {
    nextUrl.searchParams.set("after", String(next));
    nextUrl.searchParams.set("limit", String(limit));
    if (concept) nextUrl.searchParams.set("concept", concept);
  }
  return Response.json(
    {
      facts,
      next,
      links: {
        next: next === null ? null : nextUrl.toString(),
        filing: `${context.baseUrl}/api/v1/filings/${slug}`,
      },
    },
    { headers: { "cache-control": "private, no-cache" } },
  );
});
