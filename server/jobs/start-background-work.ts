import "server-only";
import { env } from "@/server/env";
import { EDGAR_IMPORT_QUEUE, startJobWorkers } from "./job-queue";
import { runEdgarImport } from "./run-edgar-import";

/**
 * Starts this server's background work: the EDGAR import workers — only where EDGAR may be
 * asked (MARGINALIA_EDGAR_USER_AGENT set); elsewhere there is nothing for them to do.
 */
export async function startBackgroundWork(): Promise<void> {
  if (!env.MARGINALIA_EDGAR_USER_AGENT) return;
  await startJobWorkers({ [EDGAR_IMPORT_QUEUE]: runEdgarImport });
}
