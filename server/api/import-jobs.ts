import "server-only";
import type { ImportJobRow } from "@/server/data/get-import-job";

/** An EDGAR import job as the API shows it: where it is, and the filings it brought in. */
export function importJobJson(job: ImportJobRow, baseUrl: string) {
  return {
    id: job.id,
    label: job.label,
    state: job.state,
    stage: job.stage,
    progress: job.progress,
    message: job.message,
    request: { edgar: job.input, form: job.form, fiscalYear: job.fiscalYear, last: job.last },
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    filings: job.filingSlugs.map((slug) => ({
      slug,
      links: { self: `${baseUrl}/api/v1/filings/${slug}`, reader: `${baseUrl}/filings/${slug}` },
    })),
    links: { self: `${baseUrl}/api/v1/jobs/${job.id}` },
  };
}
