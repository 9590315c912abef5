import { parseWebAnnotationDocument } from "@/lib/export/import-web-annotations";
import { anchorImportedOrThrow, workspaceFromQuery } from "@/server/api/annotations";
import { apiRoute, readJsonBody, requireCaller } from "@/server/api/handler";
import { getFilingText } from "@/server/data/get-filing-text";
import { importAnnotations } from "@/server/data/import-annotations";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/filings/{slug}/import: imports a W3C Web Annotation document (an annotation,
 * a page or a collection with embedded pages, replies included) as the caller's annotations,
 * private or shared with `?workspace=<id>`. All or nothing: any invalid item or quote not
 * found in the text is a 400 listing the problems, and nothing is stored.
 */
export const POST = apiRoute<{ slug: string }>(async (context, { slug }) => {
  const caller = requireCaller(context);
  const filing = await getFilingText({ slug });
  if (!filing) throw new AppError("not-found", "No filing has that slug.");
  const workspaceId = workspaceFromQuery(context.url, caller.viewer);
  const parsed = parseWebAnnotationDocument(await readJsonBody(context.request));
  if (!parsed.ok)
    throw new AppError(
      "invalid-input",
      "That is not a valid Web Annotation document; nothing was imported.",
      {
        details: parsed.errors,
      },
    );
  if (parsed.annotations.length === 0)
    throw new AppError("invalid-input", "The document holds no annotations.");
  const rows = await anchorImportedOrThrow(filing.canonicalText, parsed.annotations);
  const result = await importAnnotations({
    filingId: filing.id,
    authorId: caller.userId,
    workspaceId,
    textHash: filing.textHash,
    annotations: rows,
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
