import { edgarImportRequestSchema } from "@/lib/edgar/import-request";
import { requireApiReader } from "@/server/api/access";
import { apiRoute, readJsonBody, requireCaller } from "@/server/api/handler";
import { importJobJson } from "@/server/api/import-jobs";
import { getImportJob } from "@/server/data/get-import-job";
import { listFilings } from "@/server/data/list-filings";
import { AppError } from "@/server/errors";
import { requestEdgarImport } from "@/server/filings/request-edgar-import";

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

/**
 * POST /api/v1/filings with `{"edgar": "<ticker|CIK|EDGAR link>", "form"?, "fiscalYear"?, "last"?}`:
 * brings filings in from EDGAR in the background (read-write token). 202 with the job, which
 * GET /api/v1/jobs/{id} follows to the filings.
 */
export const POST = apiRoute(async (context) => {
  const caller = requireCaller(context);
  const parsed = edgarImportRequestSchema.safeParse(await readJsonBody(context.request, 10_000));
  if (!parsed.success)
    throw new AppError("invalid-input", parsed.error.issues[0]?.message ?? "That is not an import request.", {
      details: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`),
    });
  const { edgar, ...which } = parsed.data;
  const { id } = await requestEdgarImport({ userId: caller.userId, input: edgar, ...which });
  const job = await getImportJob({ id, userId: caller.userId });
  return Response.json(importJobJson(job!, context.baseUrl), {
    status: 202,
    headers: { location: `${context.baseUrl}/api/v1/jobs/${id}` },
  });
});
