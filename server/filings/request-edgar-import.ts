import "server-only";
import { randomUUID } from "node:crypto";
import { parseEdgarInput } from "@/lib/edgar/edgar-input";
import { configuredEdgarHosts } from "@/server/edgar/edgar-hosts";
import { createImportJob } from "@/server/data/create-import-job";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { EDGAR_IMPORT_QUEUE, jobQueue } from "@/server/jobs/job-queue";

/**
 * Asks for filings to be brought in from EDGAR in the background (see runEdgarImport): checks
 * what can be checked at once (that EDGAR may be asked, that the input means something), records
 * the request for its requester, and queues it. Answers the job's id.
 * @throws AppError "not-configured" (no User-Agent), "invalid-input"
 */
export async function requestEdgarImport(options: {
  userId: string;
  input: string;
  /** What the requester saw ("NETFLIX INC 10-K Dec 31, 2024"), for their list of imports. */
  label?: string;
  form?: string;
  fiscalYear?: number;
  last?: number;
}): Promise<{ id: string }> {
  if (!env.MARGINALIA_EDGAR_USER_AGENT)
    throw new AppError(
      "not-configured",
      "This server does not fetch from EDGAR: its administrator must set MARGINALIA_EDGAR_USER_AGENT.",
    );
  const understood = parseEdgarInput(options.input, configuredEdgarHosts());
  if (understood.kind === "invalid") throw new AppError("invalid-input", understood.message);
  const id = randomUUID();
  await createImportJob({
    id,
    userId: options.userId,
    input: options.input.trim(),
    label: options.label?.slice(0, 200) ?? null,
    form: options.form ?? null,
    fiscalYear: options.fiscalYear ?? null,
    last: options.last ?? 1,
  });
  await (await jobQueue()).send(EDGAR_IMPORT_QUEUE, { importJobId: id }, { id });
  return { id };
}
