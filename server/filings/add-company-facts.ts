import "server-only";
import { companyFactsOfFiling } from "@/lib/xbrl/company-facts";
import { getFilingForCompanyFacts } from "@/server/data/get-filing-for-company-facts";
import { replaceCompanyFacts } from "@/server/data/replace-company-facts";
import { readCompanyFacts } from "@/server/edgar/read-company-facts";
import { isAppError } from "@/server/errors";

/** What became of a filing's look-up in EDGAR's companyfacts, fit for a log line. */
export interface CompanyFactsOutcome {
  stored: number;
  matchedBy: "accession" | "period" | null;
  /** Why nothing was stored, when nothing was. */
  reason?: string;
}

/** Failures another try would not mend: the outcome says them, nothing is stored. */
const PERMANENT = new Set(["not-found", "not-configured", "payload-too-large", "unprocessable"]);

/**
 * Gives a filing without inline XBRL the facts EDGAR's companyfacts holds for it (its
 * company's, by its CIK; chosen by its accession, else its period — lib/xbrl/company-facts.ts),
 * stored as its facts with source "companyfacts", hidden and unplaced, for the figures' checks
 * and the facts API. Nothing is stored for a filing that is gone, has no CIK or has inline facts
 * of its own, nor when EDGAR has no facts for the company or none of them are the filing's:
 * the outcome says why.
 * @throws AppError "upstream-unavailable" (EDGAR down or refusing: worth another try)
 */
export async function addCompanyFacts(options: { filingId: string }): Promise<CompanyFactsOutcome> {
  const filing = await getFilingForCompanyFacts(options);
  const none = (reason: string): CompanyFactsOutcome => ({ stored: 0, matchedBy: null, reason });
  if (!filing) return none("the filing is gone");
  if (!filing.cik) return none("the filing has no CIK");
  if (filing.inlineFacts > 0) return none("the filing has inline XBRL facts of its own");
  let document;
  try {
    document = await readCompanyFacts({ cik: filing.cik });
  } catch (error) {
    if (isAppError(error) && PERMANENT.has(error.code)) return none(error.message);
    throw error;
  }
  const chosen = companyFactsOfFiling(document, filing);
  if (chosen.facts.length === 0)
    return none(
      `none of the company's facts are of accession ${filing.accessionNumber ?? "(unknown)"} or period ${
        filing.periodOfReport ?? "(unknown)"
      }`,
    );
  const stored = await replaceCompanyFacts({ filingId: options.filingId, facts: chosen.facts });
  if (!stored) return none("the filing has inline XBRL facts of its own, or is gone");
  return { stored: chosen.facts.length, matchedBy: chosen.matchedBy };
}
