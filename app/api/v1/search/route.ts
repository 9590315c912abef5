import { SNIPPET_MARK_END, SNIPPET_MARK_START, firstValues, searchParamsSchema } from "@/lib/search/query";
import { requireApiReader } from "@/server/api/access";
import { apiRoute } from "@/server/api/handler";
import { searchLibrary } from "@/server/data/search-library";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/search?q=…: the same search as the search page (filters filing, company, form,
 * label, author, workspace, state; page from 1). Notes and replies only for a caller who may
 * see them; snippets mark matched words with [[ and ]].
 */
export const GET = apiRoute(async (context) => {
  requireApiReader(context);
  const parsed = searchParamsSchema.safeParse(firstValues(Object.fromEntries(context.url.searchParams)));
  if (!parsed.success)
    throw new AppError("invalid-input", parsed.error.issues[0]?.message ?? "Unreadable search.", {
      details: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    });
  const results = await searchLibrary({ params: parsed.data, viewer: context.viewer });
  return Response.json({
    total: results.total,
    page: results.page,
    pageSize: results.pageSize,
    items: results.hits.map((hit) => ({
      kind: hit.kind,
      filing: hit.filing,
      blockKind: hit.blockKind,
      label: hit.label,
      authorName: hit.authorName,
      start: hit.start,
      end: hit.end,
      rank: hit.rank,
      snippet: hit.snippet.replaceAll(SNIPPET_MARK_START, "[[").replaceAll(SNIPPET_MARK_END, "]]"),
      link:
        hit.kind === "passage"
          ? `${context.baseUrl}/filings/${hit.filing.slug}#${hit.blockId}`
          : `${context.baseUrl}/a/${hit.annotationId}`,
      ...(hit.annotationId
        ? { annotation: `${context.baseUrl}/api/v1/annotations/${hit.annotationId}` }
        : {}),
    })),
  });
});
