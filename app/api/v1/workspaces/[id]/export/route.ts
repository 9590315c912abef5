import { z } from "zod";
import { annotationsToCsv } from "@/lib/export/annotations-csv";
import { toWebAnnotationDocument } from "@/lib/export/web-annotation";
import { exportFormat, exportResponse } from "@/server/api/exports";
import { apiRoute, requireCaller } from "@/server/api/handler";
import { listExportAnnotations } from "@/server/data/list-export-annotations";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/workspaces/{id}/export?format=csv|jsonld: every annotation shared with a
 * workspace, across filings. Members only; anyone else gets 404.
 */
export const GET = apiRoute<{ id: string }>(async (context, { id }) => {
  const { viewer } = requireCaller(context);
  if (!z.uuid().safeParse(id).success || !viewer.workspaces.has(id))
    throw new AppError("not-found", "No workspace with that id is available to you.");
  const format = exportFormat(context.url, ["csv", "jsonld"]);
  const annotations = await listExportAnnotations({ viewer, workspaceId: id });
  const name = `workspace-${id.slice(0, 8)}-annotations`;
  if (format === "csv")
    return exportResponse(annotationsToCsv({ annotations, baseUrl: context.baseUrl }), format, name);
  const document = toWebAnnotationDocument({
    annotations,
    baseUrl: context.baseUrl,
    filing: { slug: "", company: "", form: "", fiscalYear: null },
    collectionId: `${context.baseUrl}/api/v1/workspaces/${id}/export?format=jsonld`,
    label: annotations[0]?.workspaceName
      ? `Annotations of ${annotations[0].workspaceName}`
      : "Workspace annotations",
  });
  return exportResponse(JSON.stringify(document, null, 2), format, name);
});
