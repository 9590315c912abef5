import { annotationsToCsv } from "@/lib/export/annotations-csv";
import { filingBriefMarkdown } from "@/lib/export/brief";
import { toWebAnnotationDocument } from "@/lib/export/web-annotation";
import { riskCategoryPath } from "@/lib/filing/risk-taxonomy";
import { exportResponse, exportFormat } from "@/server/api/exports";
import { apiRoute, requireCaller } from "@/server/api/handler";
import { getFiling } from "@/server/data/get-filing";
import { listExportAnnotations } from "@/server/data/list-export-annotations";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/filings/{slug}/export?format=csv|jsonld|markdown: the annotations of a filing
 * the caller may see, as a spreadsheet-safe CSV, a W3C Web Annotation collection, or a
 * Markdown brief (the risk factors in order with their categories, notes and threads).
 */
export const GET = apiRoute<{ slug: string }>(async (context, { slug }) => {
  const { viewer } = requireCaller(context);
  const format = exportFormat(context.url, ["csv", "jsonld", "markdown"]);
  const filing = await getFiling({ slug });
  if (!filing) throw new AppError("not-found", "No filing has that slug.");
  const annotations = await listExportAnnotations({ viewer, filingId: filing.id });
  const name = `${filing.slug}-annotations`;
  const exportFiling = {
    slug: filing.slug,
    company: filing.company,
    form: filing.form,
    fiscalYear: filing.fiscalYear,
  };
  if (format === "csv")
    return exportResponse(annotationsToCsv({ annotations, baseUrl: context.baseUrl }), format, name);
  if (format === "jsonld")
    return exportResponse(
      JSON.stringify(
        toWebAnnotationDocument({
          annotations,
          baseUrl: context.baseUrl,
          filing: exportFiling,
          collectionId: `${context.baseUrl}/api/v1/filings/${filing.slug}/annotations`,
        }),
        null,
        2,
      ),
      format,
      name,
    );
  const riskFactors = filing.riskFactors.map((risk) => ({
    ordinal: risk.ordinal + 1,
    title: risk.title,
    category: riskCategoryPath(risk.categoryOverride ?? risk.category),
    start: risk.start,
    end: risk.end,
  }));
  return exportResponse(
    filingBriefMarkdown({ filing: exportFiling, riskFactors, annotations, baseUrl: context.baseUrl }),
    format,
    `${filing.slug}-brief`,
  );
});
