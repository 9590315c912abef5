import { z } from "zod";
import { apiRoute, requireCaller } from "@/server/api/handler";
import { importJobJson } from "@/server/api/import-jobs";
import { getImportJob } from "@/server/data/get-import-job";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/** GET /api/v1/jobs/{id}: an import job of the caller's — state, stage, progress, filings. */
export const GET = apiRoute<{ id: string }>(async (context, { id }) => {
  const caller = requireCaller(context);
  const job = z.uuid().safeParse(id).success ? await getImportJob({ id, userId: caller.userId }) : null;
  if (!job) throw new AppError("not-found", "No job with that id is yours.");
  return Response.json(importJobJson(job, context.baseUrl), { headers: { "cache-control": "no-store" } });
});
