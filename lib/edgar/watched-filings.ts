import { z } from "zod";
import type { EdgarFiling } from "./submissions";

/** The reports a watch brings in: annual and quarterly reports, not their amendments. */
const WATCHED_FORMS = ["10-K", "20-F", "40-F", "10-Q"] as const;

/** At most this many filings per company per check: a watch never pulls in a whole history. */
const MOST_PER_CHECK = 5;

/**
 * The filings of a watched company that a check should bring in: its 10-K, 20-F, 40-F and 10-Q
 * filed on or after the day the watch began (`since`, UTC), with a document to read (not
 * paper), the newest five at most, oldest first (imported in the order they were filed).
 */
export function newWatchedFilings(filings: readonly EdgarFiling[], since: Date): EdgarFiling[] {
  const sinceDay = since.toISOString().slice(0, 10);
  return filings
    .filter(
      (filing) =>
        (WATCHED_FORMS as readonly string[]).includes(filing.form.toUpperCase()) &&
        filing.filingDate >= sinceDay &&
        filing.primaryDocument !== "",
    )
    .sort((a, b) => b.filingDate.localeCompare(a.filingDate) || b.accession.localeCompare(a.accession))
    .slice(0, MOST_PER_CHECK)
    .reverse();
}

/** Watching a company, or no longer, for oneself or for a workspace: the company page's buttons. */
export const companyWatchSchema = z.object({
  cik: z.string().regex(/^\d{1,10}$/, "A CIK is up to ten digits."),
  watch: z.enum(["on", "off"]),
  /** Absent or blank: the user's own watch. */
  workspaceId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
});
