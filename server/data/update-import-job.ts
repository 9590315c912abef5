import "server-only";
import { db } from "../db";

/** Records where an EDGAR import job is (its state, stage, progress, message, filings, attempts). */
export async function updateImportJob(options: {
  id: string;
  state?: "queued" | "running" | "retrying" | "done" | "failed";
  stage?: "queued" | "finding" | "downloading" | "analysing" | "storing" | "done";
  progress?: number;
  message?: string | null;
  filingSlugs?: string[];
  /** Counts one more attempt. */
  attempt?: boolean;
}): Promise<void> {
  const { id, attempt, progress, ...fields } = options;
  await db().importJob.update({
    where: { id },
    data: {
      ...fields,
      ...(progress === undefined ? {} : { progress: Math.max(0, Math.min(100, Math.round(progress))) }),
      ...(attempt ? { attempts: { increment: 1 } } : {}),
    },
  });
}
