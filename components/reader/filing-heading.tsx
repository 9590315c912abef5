import Link from "next/link";
import { NoteTotal } from "@/components/annotations/note-counts";
import { formatIsoDate } from "@/lib/filing/format-metadata";
import { isAnnualReport } from "@/lib/filing/report-period";
import type { Block, Section, Figure } from "@/lib/filing/types";
import { count } from "@/lib/text/count";

/** The filing's heading: company, form and year, what EDGAR says of it, what the analysis found, and search in it. */
export function FilingHeading({
  filing,
  analysis,
  riskFactorCount,
}: {
  filing: {
    slug: string;
    company: string;
    form: string;
    fiscalYear: number | null;
    tickers: string[];
    cik: string | null;
    accessionNumber: string | null;
    periodOfReport: string | null;
    filingDate: string | null;
  };
  analysis: { sections: Section[]; blocks: Block[]; figures: Figure[] };
  riskFactorCount: number;
}) {
  const period = formatIsoDate(filing.periodOfReport);
  const filed = formatIsoDate(filing.filingDate);
  return (
    <>
      <div>
        <p className="text-sm uppercase tracking-wide text-stone-600 dark:text-stone-400">
          {filing.tickers.length > 0 && (
            <span className="font-mono normal-case">{filing.tickers.join(" · ")} · </span>
          )}
          Form {filing.form}
          {filing.fiscalYear ? ` · Fiscal year ${filing.fiscalYear}` : ""}
        </p>
        <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight">{filing.company}</h1>
        {(period || filed || filing.cik || filing.accessionNumber) && (
          <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
            {period && (
              <div className="flex gap-1">
                <dt>Period</dt>
                <dd className="text-stone-900 dark:text-stone-100">{period}</dd>
              </div>
            )}
            {filed && (
              <div className="flex gap-1">
                <dt>Filed</dt>
                <dd className="text-stone-900 dark:text-stone-100">{filed}</dd>
              </div>
            )}
            {filing.cik && (
              <div className="flex gap-1">
                <dt>CIK</dt>
                <dd className="font-mono text-stone-900 dark:text-stone-100">{filing.cik}</dd>
              </div>
            )}
            {filing.accessionNumber && (
              <div className="flex gap-1">
                <dt>Accession</dt>
                <dd className="font-mono text-stone-900 dark:text-stone-100">{filing.accessionNumber}</dd>
              </div>
            )}
          </dl>
        )}
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          {count(analysis.sections.length, "section")} · {count(riskFactorCount, "risk factor")} ·{" "}
          {count(analysis.blocks.filter((block) => block.kind === "table").length, "table")} ·{" "}
          {count(analysis.figures.length, "figure")} ·{" "}
          {/* Not prefetched: the reader's page loads only its own code (the table is a click away). */}
          <Link href={`/filings/${filing.slug}/figures`} prefetch={false} className="underline">
            Figures table
          </Link>{" "}
          ·{" "}
          <Link href={`/filings/${filing.slug}/compare`} prefetch={false} className="underline">
            Compare with previous year
          </Link>
          {filing.cik && isAnnualReport(filing.form) && (
            <>
              {" "}
              ·{" "}
              <Link href={`/companies/${filing.cik}/risks`} prefetch={false} className="underline">
                Risk factors over the years
              </Link>
            </>
          )}
          <span className="xl:hidden">
            {" "}
            ·{" "}
            <a href="#notes" className="underline">
              Notes (<NoteTotal filingSlug={filing.slug} />)
            </a>
          </span>
        </p>
      </div>
      <form
        action="/search"
        role="search"
        aria-label="Search in this filing"
        className="no-print flex gap-2 text-sm"
      >
        <input type="hidden" name="filing" value={filing.slug} />
        <label htmlFor="filing-search" className="sr-only">
          Search in this filing
        </label>
        <input
          id="filing-search"
          type="search"
          name="q"
          maxLength={200}
          placeholder="Search in this filing and its notes"
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900"
        />
        <button
          type="submit"
          className="rounded-md border border-stone-300 px-3 py-1.5 font-medium dark:border-stone-700"
        >
          Search
        </button>
      </form>
    </>
  );
}
