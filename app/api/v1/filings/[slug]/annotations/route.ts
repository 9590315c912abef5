import { parseWebAnnotationDocument } from "@/lib/export/import-web-annotations";
import { toAnnotationCollection, toAnnotationPage } from "@/lib/export/web-annotation";
import { annotationJson, annotationResponse, workspaceFromQuery } from "@/server/api/annotations";
import { apiRoute, readJsonBody, requireCaller } from "@/server/api/handler";
import { getFilingText } from "@/server/data/get-filing-text";
import { listExportAnnotations } from "@/server/data/list-export-annotations";
import { AppError } from "@/server/errors";
import { createNote } from "@/server/notes/create-note";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 100;
const containerHeaders = {
  link: '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type", <http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
  allow: "GET, POST, OPTIONS",
  vary: "Accept, Authorization, Cookie",
};

/**
 * GET /api/v1/filings/{slug}/annotations: the filing's annotation container (W3C Web
 * Annotation Protocol) — the collection with its first and last pages, or `?page=N` (from
 * 0): an AnnotationPage of 100 annotations, each followed by its replies. Only what the
 * caller may see.
 */
export const GET = apiRoute<{ slug: string }>(async (context, { slug }) => {
  const { viewer } = requireCaller(context);
  const filing = await getFilingText({ slug });
  if (!filing) throw new AppError("not-found", "No filing has that slug.");
  const annotations = await listExportAnnotations({ viewer, filingId: filing.id });
  const collectionId = `${context.baseUrl}/api/v1/filings/${slug}/annotations`;
  const options = {
    annotations,
    baseUrl: context.baseUrl,
    filing: { slug, company: "", form: "", fiscalYear: null },
    collectionId,
    label: `Annotations on ${slug}`,
    pageSize: PAGE_SIZE,
  };
  const pageParam = context.url.searchParams.get("page");
  if (pageParam === null)
    return annotationJson(toAnnotationCollection(options), { headers: containerHeaders });
  const page = /^\d{1,6}$/.test(pageParam) ? toAnnotationPage({ ...options, page: Number(pageParam) }) : null;
  if (!page) throw new AppError("not-found", "That page does not exist; pages count from 0.");
  return annotationJson(page, { headers: containerHeaders });
});

/**
 * POST /api/v1/filings/{slug}/annotations: creates an annotation from a Web Annotation (a
 * TextQuoteSelector, optionally a TextPositionSelector; bodies for note, label, tags), the same
 * note as the reader's (createNote). Private, or shared with `?workspace=<id>`. 201 with
 * Location and ETag.
 */
export const POST = apiRoute<{ slug: string }>(async (context, { slug }) => {
  const caller = requireCaller(context);
  const parsed = parseWebAnnotationDocument(await readJsonBody(context.request, 100_000));
  if (!parsed.ok)
    throw new AppError("invalid-input", "That is not a valid annotation.", { details: parsed.errors });
  const [imported, ...others] = parsed.annotations;
  if (!imported || others.length > 0 || imported.replies.length > 0)
    throw new AppError("invalid-input", "POST one annotation (no replies); use /import for a collection.");
  const created = await createNote({
    viewer: caller.viewer,
    filingSlug: slug,
    target: { kind: "selectors", annotation: imported },
    workspaceId: workspaceFromQuery(context.url),
    label: imported.label,
    note: imported.note,
    tags: imported.tags,
  });
  // The note as stored, answered without reading it again (createNote returns what a read would).
  const location = `${context.baseUrl}/api/v1/annotations/${created.id}`;
  return annotationResponse(created.annotation, 1, {
    baseUrl: context.baseUrl,
    status: 201,
    headers: { location },
  });
});
