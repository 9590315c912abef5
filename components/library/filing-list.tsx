import Link from "next/link";
import { formatIsoDate } from "@/lib/filing/format-metadata";
import type { LibraryFiling } from "@/lib/library/types";
import { isAnnualReport } from "@/lib/filing/report-period";
import { CompanySparkline } from "./company-sparkline";

/**
 * The library's filings, each linking to its reader page. Grouped by company (one heading per
 * company, its filings newest first) unless `grouped` is false (most recently imported first).
 */
export function FilingList({ filings, grouped = true }: { filings: LibraryFiling[]; grouped?: boolean }) {
  if (filings.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
        No filings match.
      </p>
    );
  }
  if (!grouped) return <FilingRows filings={filings} showCompany />;
  const groups = new Map<string, LibraryFiling[]>();
  for (const filing of filings) {
    const key = filing.cik ?? filing.company.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), filing]);
  }
  return (
    <div className="space-y-6">
      {[...groups.values()].map((group) => {
        const first = group[0]!;
        const tickers = [...new Set(group.flatMap((filing) => filing.tickers))];
        return (
          <section key={first.id} aria-labelledby={`company-${first.id}`} className="space-y-2">
            <h2 id={`company-${first.id}`} className="flex flex-wrap items-baseline gap-x-3 font-semibold">
              {first.company}
              {tickers.length > 0 && (
                <span className="font-mono text-sm font-normal text-stone-600 dark:text-stone-400">
                  {tickers.join(" · ")}
                </span>
              )}
              {first.cik && (
                <span className="text-xs font-normal text-stone-500 dark:text-stone-400">
                  CIK {first.cik}
                </span>
              )}
              {first.cik && group.filter((filing) => isAnnualReport(filing.form)).length > 1 && (
                <CompanySparkline cik={first.cik} />
              )}
            </h2>
            <FilingRows filings={group} showCompany={false} />
          </section>
        );
      })}
    </div>
  );
}

function FilingRows({ filings, showCompany }: { filings: LibraryFiling[]; showCompany: boolean }) {
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
      {filings.map((filing) => {
        const period = formatIsoDate(filing.periodOfReport);
        const filed = formatIsoDate(filing.filingDate);
        return (
          <li key={filing.id}>
            <Link
              href={`/filings/${filing.slug}`}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50 dark:hover:bg-stone-800/60 dark:focus-visible:bg-stone-800/60"
            >
              <span className="font-medium">
                {showCompany ? `${filing.company} · ` : ""}Form {filing.form}
                {filing.fiscalYear ? ` · FY ${filing.fiscalYear}` : ""}
              </span>
              <span className="flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400">
                {period && <span>Period {period}</span>}
                {filed && <span>Filed {filed}</span>}
                {!period && !filing.fiscalYear && <span>Period unknown</span>}
                <span>
                  {filing._count.riskFactors} risk factor{filing._count.riskFactors === 1 ? "" : "s"}
                </span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
