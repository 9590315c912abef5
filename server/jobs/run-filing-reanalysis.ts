import "server-only";
import type PgBoss from "pg-boss";
import { reanalyseFiling } from "@/server/filings/reanalyse-filing";

/** Analyses one filing again (the worker of the `reanalyse-filing` queue). */
export async function runFilingReanalysis(
  job: PgBoss.JobWithMetadata<unknown>,
): Promise<{ analysed: boolean }> {
  const { filingId } = job.data as { filingId: string };
  return { analysed: await reanalyseFiling({ filingId }) };
}
