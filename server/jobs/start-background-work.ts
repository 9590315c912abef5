import "server-only";
import { env } from "@/server/env";
import { EDGAR_IMPORT_QUEUE, EDGAR_WATCH_QUEUE, scheduleWatchCheck, startJobWorkers } from "./job-queue";
import { runEdgarImport } from "./run-edgar-import";
import { runWatchCheck } from "./run-watch-check";

/**
 * Starts this server's background work — only where EDGAR may be asked
 * (MARGINALIA_EDGAR_USER_AGENT set); elsewhere there is nothing for it to do: the EDGAR import
 * workers and, unless MARGINALIA_EDGAR_POLL is "off", the checks of watched companies (the
 * first at once when none is waiting).
 */
export async function startBackgroundWork(): Promise<void> {
  if (!env.MARGINALIA_EDGAR_USER_AGENT) return;
  const polling = env.MARGINALIA_EDGAR_POLL !== null;
  await startJobWorkers({
    [EDGAR_IMPORT_QUEUE]: runEdgarImport,
    ...(polling ? { [EDGAR_WATCH_QUEUE]: runWatchCheck } : {}),
  });
  if (polling) await scheduleWatchCheck({ afterSeconds: 0 });
}
