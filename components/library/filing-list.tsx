import Link from "next/link";
import type { FilingSummary } from "@/server/data/list-filings";

/** The library's list of filings, each linking to its reader page. */
export function FilingList({ filings }: { filings: FilingSummary[] }) {
  if (filings.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
        No filings yet.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
      {filings.map((filing) => (
        <li key={filing.id}>
          <Link
            href={`/filings/${filing.slug}`}
            className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-4 hover:bg-stone-50 focus-visible:bg-stone-50 dark:hover:bg-stone-800/60 dark:focus-visible:bg-stone-800/60"
          >
            <span className="font-medium">{filing.company}</span>
            <span className="flex gap-3 text-sm text-stone-600 dark:text-stone-400">
              <span>Form {filing.form}</span>
              <span>{filing.fiscalYear ? `Fiscal year ${filing.fiscalYear}` : "Fiscal year unknown"}</span>
              <span>
                {filing._count.riskFactors} risk factor{filing._count.riskFactors === 1 ? "" : "s"}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
