import "server-only";
import { newWatchedFilings } from "@/lib/edgar/watched-filings";
import { carriedNoteChanges } from "@/lib/lineage/carried-note";
import { createFilingNotices } from "@/server/data/create-filing-notices";
import { listCompanyFilings } from "@/server/data/list-company-filings";
import { listWatchedCompanies } from "@/server/data/list-watched-companies";
import { isAppError } from "@/server/errors";
import { importEdgarFiling } from "@/server/filings/import-edgar-filing";
import { compareWithPrevious } from "@/server/lineage/compare-with-previous";
import { listCarriedNotes } from "@/server/lineage/list-carried-notes";
import { readEdgarCompany } from "./read-edgar-company";

/** What one check of the watched companies did. */
export interface WatchCheck {
  companies: number;
  /** Filings brought into the library (or found there) that watchers were told of. */
  filings: string[];
  /** Users told, summed over filings. */
  notices: number;
  /** Companies or filings that could not be checked or imported this time, and why. */
  problems: string[];
}

/**
 * Looks for new annual and quarterly reports of every watched company: asks EDGAR for its
 * submissions (never a kept copy), imports each report filed since the earliest watch that the
 * library does not hold yet (imported as its first watcher's), and tells each watcher who was
 * watching by the day it was filed, once, with what it means for their notes on the company's
 * previous report (a risk factor they annotated changed or went). Safe to run again: what is imported and told stays so.
 * A company EDGAR cannot answer for now, or a filing that cannot be read, is skipped and said
 * in `problems`; the next check tries again.
 */
export async function checkWatchedCompanies(): Promise<WatchCheck> {
  const watched = await listWatchedCompanies();
  const result: WatchCheck = { companies: watched.length, filings: [], notices: 0, problems: [] };
  for (const watch of watched) {
    let company: Awaited<ReturnType<typeof readEdgarCompany>>;
    try {
      company = await readEdgarCompany({ cik: watch.cik, refresh: true });
    } catch (error) {
      if (!isAppError(error)) throw error;
      result.problems.push(`${watch.company}: ${error.message}`);
      continue;
    }
    const first = watch.watchers[0];
    if (!first) continue;
    const earliest = first.since;
    const fresh = newWatchedFilings(company.filings, earliest);
    if (fresh.length === 0) continue;
    const inLibrary = new Map(
      (await listCompanyFilings({ cik: watch.cik })).map((filing) => [filing.accessionNumber, filing.slug]),
    );
    for (const filing of fresh) {
      let slug = inLibrary.get(filing.accession);
      if (!slug) {
        try {
          ({ slug } = await importEdgarFiling({
            importedById: first.userId,
            company,
            choice: { filing, document: filing.primaryDocument },
          }));
        } catch (error) {
          if (!isAppError(error)) throw error;
          result.problems.push(`${company.name} ${filing.form} of ${filing.filingDate}: ${error.message}`);
          continue;
        }
      }
      result.filings.push(slug);
      const told = watch.watchers.filter(
        (watcher) => watcher.since.toISOString().slice(0, 10) <= filing.filingDate,
      );
      // Each is told what the new report means for the notes they see on last year's (the
      // two reports compared once, for all of them).
      const comparison = told.length > 0 ? await compareWithPrevious({ slug }) : null;
      const notices: Array<{ userId: string; details: string[] }> = [];
      for (const { userId } of told) {
        const carried = await listCarriedNotes({ slug, userId, comparison });
        notices.push({ userId, details: carriedNoteChanges(carried?.notes ?? []) });
      }
      result.notices += await createFilingNotices({ slug, notices });
    }
  }
  return result;
}
