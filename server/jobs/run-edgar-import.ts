import "server-only";
import type PgBoss from "pg-boss";
import { getImportJob } from "@/server/data/get-import-job";
import { updateImportJob } from "@/server/data/update-import-job";
import { findEdgarFilings } from "@/server/edgar/find-edgar-filings";
import { isAppError } from "@/server/errors";
import { importEdgarFiling } from "@/server/filings/import-edgar-filing";

/** Failures another try would not mend: said to the requester, and the job ends. */
const PERMANENT = new Set([
  "not-found",
  "invalid-input",
  "unprocessable",
  "payload-too-large",
  "unreadable-filing",
  "not-configured",
]);

/** Where each stage of one filing's import puts the progress bar, as a share of that filing's part. */
const STAGE_SHARE = { downloading: 0, analysing: 0.4, storing: 0.85 } as const;

/**
 * Runs one EDGAR import job (the worker of the `edgar-import` queue): finds the filings, then
 * downloads, analyses and stores each, recording the stage and progress as it goes (finding
 * 0–10 %, the filings share the rest). A failure another try would not mend (no such company,
 * a PDF-only filing…) ends the job with its message; others (EDGAR down, the server stopped)
 * are thrown, for pg-boss to try again later, until its last try.
 */
export async function runEdgarImport(
  job: PgBoss.JobWithMetadata<unknown>,
): Promise<{ filingSlugs: string[] }> {
  const { importJobId } = job.data as { importJobId: string };
  const request = await getImportJob({ id: importJobId });
  if (!request || request.state === "done" || request.state === "failed")
    return { filingSlugs: request?.filingSlugs ?? [] };
  await updateImportJob({
    id: request.id,
    state: "running",
    stage: "finding",
    progress: 2,
    message: null,
    attempt: true,
  });
  try {
    const found = await findEdgarFilings({
      input: request.input,
      form: request.form ?? undefined,
      fiscalYear: request.fiscalYear ?? undefined,
      last: request.last,
    });
    const slugs: string[] = [];
    const share = 90 / found.choices.length;
    for (const [index, choice] of found.choices.entries()) {
      const imported = await importEdgarFiling({
        importedById: request.userId,
        company: found.company,
        choice,
        onStage: (stage) =>
          updateImportJob({ id: request.id, stage, progress: 10 + share * (index + STAGE_SHARE[stage]) }),
      });
      slugs.push(imported.slug);
      await updateImportJob({ id: request.id, progress: 10 + share * (index + 1), filingSlugs: slugs });
    }
    await updateImportJob({
      id: request.id,
      state: "done",
      stage: "done",
      progress: 100,
      filingSlugs: slugs,
    });
    return { filingSlugs: slugs };
  } catch (error) {
    const permanent = isAppError(error) && PERMANENT.has(error.code);
    const lastTry = job.retryCount >= job.retryLimit;
    const message = isAppError(error) ? error.message : "The import failed unexpectedly.";
    if (permanent || lastTry) {
      await updateImportJob({ id: request.id, state: "failed", message });
      return { filingSlugs: [] };
    }
    await updateImportJob({
      id: request.id,
      state: "retrying",
      message: `${message} It will be tried again.`,
    });
    throw error;
  }
}
