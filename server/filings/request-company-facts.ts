import "server-only";
import { env } from "@/server/env";
import { queueCompanyFacts } from "@/server/jobs/job-queue";

/**
 * Asks, in the background, for a filing's facts from EDGAR's companyfacts (addCompanyFacts, on
 * the `company-facts` queue) when they may help: it has no inline XBRL facts of its own, it has
 * a CIK, and this server may ask EDGAR (MARGINALIA_EDGAR_USER_AGENT). Never fails the caller —
 * an import or a replaced text stands without them: a queue that cannot be reached is logged.
 */
export async function requestCompanyFacts(options: {
  filingId: string;
  cik: string | null | undefined;
  /** How many inline XBRL facts the filing has. */
  inlineFacts: number;
}): Promise<void> {
  if (options.inlineFacts > 0 || !options.cik || !env.MARGINALIA_EDGAR_USER_AGENT) return;
  try {
    await queueCompanyFacts({ filingId: options.filingId });
  } catch (error) {
    console.warn(
      `company facts: filing ${options.filingId} not queued: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
