import Link from "next/link";
import { figureId } from "@/lib/reader/dom-contract";
import type { FactCheck } from "@/lib/xbrl/checks";
import {
  describeFactValue,
  describePeriod,
  shortFactValue,
  type KeyFinancialRow,
  type KeyFinancialValue,
} from "@/lib/xbrl/reader-facts";

function Value({ label, value }: { label: string; value: KeyFinancialValue | undefined }) {
  if (!value) return <span className="text-stone-500 dark:text-stone-400">—</span>;
  const full = `${label}, ${describePeriod(value.fact.period)}: ${describeFactValue(value.fact)}`;
  if (value.shownAt === undefined)
    return (
      <span title={`${full} (tagged, not shown in the text)`}>
        {shortFactValue(value.fact)}
        <span className="sr-only">, {describePeriod(value.fact.period)}, not shown in the text</span>
      </span>
    );
  return (
    <a
      href={`#${figureId(value.shownAt)}`}
      title={`${full}. Go to where the text shows it.`}
      className="underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600"
    >
      {shortFactValue(value.fact)}
      <span className="sr-only">, {describePeriod(value.fact.period)}: go to it in the text</span>
    </a>
  );
}

/**
 * The facts panel: the key financials an inline XBRL filing tags, for its period and the one
 * before, each linking to the figure in the text that shows it; and how its narrative figures
 * fared against the facts, with a link to the checks list. Server-rendered: no client code.
 */
export function KeyFinancials({
  rows,
  headings,
  checks,
  factCount,
  source,
  filingSlug,
}: {
  rows: readonly KeyFinancialRow[];
  /** The columns' headings (see keyFinancialsHeadings). */
  headings: { current: string; prior: string; quarter: boolean };
  checks: readonly FactCheck[];
  factCount: number;
  /** The filing's own inline XBRL, or EDGAR's facts of the company (for a filing without). */
  source: "inline" | "companyfacts";
  filingSlug: string;
}) {
  const flagged = checks.filter((check) => check.status === "disagrees").length;
  const agreeing = checks.length - flagged;
  return (
    <section
      aria-labelledby="key-financials-heading"
      data-key-financials
      className="rounded-lg border border-stone-200 bg-white p-3 text-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="key-financials-heading" className="font-sans text-sm font-semibold">
          Key financials
        </h2>
        <p className="text-xs text-stone-600 dark:text-stone-400">
          {source === "inline"
            ? `From the filing’s inline XBRL (${factCount.toLocaleString("en-US")} tagged facts)`
            : `From EDGAR’s facts of the company (${factCount.toLocaleString("en-US")} reported for this filing)`}
        </p>
      </div>
      {rows.length > 0 ? (
        <table className="mt-2 w-full border-collapse text-left tabular-nums">
          <thead>
            <tr className="border-b border-stone-200 text-xs text-stone-600 dark:border-stone-800 dark:text-stone-400">
              <th scope="col" className="py-1 font-medium">
                <span className="sr-only">Financial</span>
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {headings.current}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {headings.prior}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.concept}
                className="border-b border-stone-100 last:border-0 dark:border-stone-800/60"
              >
                <th scope="row" className="py-1 pr-2 font-normal" title={row.concept}>
                  {row.label}
                </th>
                <td className="py-1 text-right">
                  <Value label={row.label} value={row.current} />
                </td>
                <td className="py-1 text-right">
                  <Value label={row.label} value={row.prior} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          None of the key financials (revenue, income, EPS, assets, cash, shares) is tagged.
        </p>
      )}
      {headings.quarter && rows.length > 0 && (
        <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          Balances (assets, cash) compare with the last year end.
        </p>
      )}
      <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
        {source === "inline" && "Tagged figures show their concept, period and unit on hover or focus. "}
        {checks.length > 0 ? (
          <>
            Narrative figures checked against the facts: {agreeing} agree
            {flagged > 0 && (
              <>
                ,{" "}
                <strong className="font-semibold text-amber-800 dark:text-amber-300">
                  {flagged} flagged
                </strong>
              </>
            )}
            .{" "}
            <Link href={`/filings/${filingSlug}/checks`} className="underline">
              See the checks
            </Link>
          </>
        ) : (
          "No narrative figure states a tagged value."
        )}
      </p>
    </section>
  );
}
