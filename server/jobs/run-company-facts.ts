import "server-only";
import type PgBoss from "pg-boss";
import { addCompanyFacts, type CompanyFactsOutcome } from "@/server/filings/add-company-facts";

/**
 * Gives one filing the facts EDGAR's companyfacts holds for it (the worker of the
 * `company-facts` queue), saying in one log line what came of it. EDGAR unavailable is tried
 * again later (pg-boss's retries), then given up — logged, never the import's failure: the
 * filing stands without these facts.
 */
export async function runCompanyFacts(job: PgBoss.JobWithMetadata<unknown>): Promise<CompanyFactsOutcome> {
  const { filingId } = job.data as { filingId: string };
  try {
    const outcome = await addCompanyFacts({ filingId });
    console.log(
      outcome.stored > 0
        ? `company facts: ${outcome.stored} fact(s) of filing ${filingId} stored from EDGAR (by ${outcome.matchedBy}).`
        : `company facts: none stored for filing ${filingId}: ${outcome.reason}.`,
    );
    return outcome;
  } catch (error) {
    const lastTry = job.retryCount >= job.retryLimit;
    const message = error instanceof Error ? error.message : String(error);
    console.warn(
      `company facts: none stored for filing ${filingId} yet: ${message} ${
        lastTry ? "Given up." : "It will be tried again."
      }`,
    );
    if (lastTry) return { stored: 0, matchedBy: null, reason: message };
    throw error;
  }
}
