import "server-only";
import { ANALYZER_VERSION } from "@/lib/filing/version";
import { listStaleFilings } from "@/server/data/list-stale-filings";
import { env } from "@/server/env";
import {
  COMPANY_FACTS_QUEUE,
  EDGAR_IMPORT_QUEUE,
  EDGAR_WATCH_QUEUE,
  NOTE_EMAIL_QUEUE,
  queueReanalyses,
  REANALYSIS_QUEUE,
  scheduleWatchCheck,
  startJobWorkers,
} from "./job-queue";
import { runCompanyFacts } from "./run-company-facts";
import { runEdgarImport } from "./run-edgar-import";
import { runFilingReanalysis } from "./run-filing-reanalysis";
import { runNoteEmail } from "./run-note-email";
import { runWatchCheck } from "./run-watch-check";

/**
 * Starts this server's background work, when it has any (a server with none starts no queue):
 * - filings an older analyzer analysed are queued to be analysed again, one job each, and
 *   worked through in the background (readers see the earlier analysis meanwhile);
 * - where EDGAR may be asked (MARGINALIA_EDGAR_USER_AGENT set): the EDGAR import workers, the
 *   workers giving filings without inline XBRL their facts from EDGAR's companyfacts and,
 *   unless MARGINALIA_EDGAR_POLL is "off", the checks of watched companies (the first at once
 *   when none is waiting);
 * - where email is on (MARGINALIA_SMTP_URL set): the worker sending emails about notes.
 */
export async function startBackgroundWork(): Promise<void> {
  const stale = await listStaleFilings({ analyzerVersion: ANALYZER_VERSION });
  const edgar = Boolean(env.MARGINALIA_EDGAR_USER_AGENT);
  const polling = edgar && env.MARGINALIA_EDGAR_POLL !== null;
  const mail = Boolean(env.MARGINALIA_SMTP_URL);
  if (stale.length === 0 && !edgar && !mail) return;
  await startJobWorkers({
    [REANALYSIS_QUEUE]: runFilingReanalysis,
    ...(edgar ? { [EDGAR_IMPORT_QUEUE]: runEdgarImport, [COMPANY_FACTS_QUEUE]: runCompanyFacts } : {}),
    ...(polling ? { [EDGAR_WATCH_QUEUE]: runWatchCheck } : {}),
    ...(mail ? { [NOTE_EMAIL_QUEUE]: runNoteEmail } : {}),
  });
  if (stale.length > 0) {
    console.log(`Analysing ${stale.length} filing(s) again with the current analyzer, in the background.`);
    await queueReanalyses({ filingIds: stale.map((filing) => filing.id) });
  }
  if (polling) await scheduleWatchCheck({ afterSeconds: 0 });
}
