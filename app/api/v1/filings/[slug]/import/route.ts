import { workspaceFromQuery } from "@/server/api/annotations";
import { apiRoute, readJsonBody, requireCaller } from "@/server/api/handler";
import { importNotes } from "@/server/notes/import-notes";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/filings/{slug}/import: imports a W3C Web Annotation document (an annotation,
 * a page or a collection with embedded pages, replies included) as the caller's annotations,
 * private or shared with `?workspace=<id>` (importNotes, as the reader's import). All or
 * nothing: any invalid item or quote not found in the text is a 400 listing the problems, and
 * nothing is stored.
 */
export const POST = apiRoute<{ slug: string }>(async (context, { slug }) => {
  const caller = requireCaller(context);
  const result = await importNotes({
    viewer: caller.viewer,
    filingSlug: slug,
    document: await readJsonBody(context.request),
    workspaceId: workspaceFromQuery(context.url),
  });
  return Response.json(
    {
      imported: result.annotationIds.length,
      replies: result.replyCount,
      annotationIds: result.annotationIds,
    },
    { status: 201 },
  );
});
