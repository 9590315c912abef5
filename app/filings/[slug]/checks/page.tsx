import type { Metadata } from "next";
import { filingPageTitle } from "@/server/reader/filing-page-title";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SelectField } from "@/components/ui/select-field";
import { PrimaryButton } from "@/components/ui/button";
import { checkRows, CHECK_STATUSES } from "@/lib/xbrl/check-rows";
import { requireReaderAccess } from "@/server/auth";
import { getFiling } from "@/server/data/get-filing";
import { readFilingFactsView } from "@/server/reader/read-filing-facts-view";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return filingPageTitle({ slug: (await params).slug, page: "Checks" });
}

const STATUS_LABELS = { agrees: "Agrees", disagrees: "Flagged" } as const;

/** Rows shown at most: the CSV has them all. */
const MAX_ROWS = 500;

/**
 * A filing's narrative figures checked against its inline XBRL facts: flagged ones first, each
 * with its sentence, what it was checked against, and a link to it in the reader; as CSV too.
 */
export default async function ChecksPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  await requireReaderAccess(`/filings/${slug}/checks`);
  const filing = await getFiling({ slug });
  if (!filing) notFound();
  const view = await readFilingFactsView({ filing });
  const asked = Array.isArray(query.status) ? query.status[0] : query.status;
  const status = CHECK_STATUSES.find((value) => value === asked);
  const all = checkRows(filing.canonicalText, view.checks, { flaggedFirst: true });
  const rows = status ? all.filter((row) => row.status === status) : all;
  const flagged = all.filter((row) => row.status === "disagrees").length;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/filings/${filing.slug}`} className="text-stone-600 underline dark:text-stone-400">
            ← {filing.company}, Form {filing.form}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-semibold tracking-tight">Checks</h1>
        <p className="mt-1 max-w-prose text-sm text-stone-600 dark:text-stone-400">
          {view.source === null
            ? "This filing has no facts to check its figures against: no inline XBRL, and none from EDGAR's facts of the company."
            : `Figures in the prose that state a value ${view.source === "inline" ? "the filing tags in its inline XBRL" : "EDGAR's facts of the company report for this filing"}, checked against those facts within their own rounding: ${all.length - flagged} agree, ${flagged} flagged (the sentence names a financial, but no reported value of it rounds to the figure).`}
        </p>
      </div>
      {all.length > 0 && (
        <form className="flex flex-wrap items-end gap-3 text-sm" role="search" aria-label="Filter checks">
          <SelectField
            label="Status"
            name="status"
            value={status ?? ""}
            any="All checks"
            options={CHECK_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
          />
          <PrimaryButton type="submit">Filter</PrimaryButton>
          <a
            href={`/filings/${filing.slug}/checks.csv${status ? `?status=${status}` : ""}`}
            className="ml-auto rounded-md border border-stone-300 px-3 py-1.5 font-medium dark:border-stone-700"
            download
          >
            Download CSV
          </a>
        </form>
      )}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
          {view.factCount === 0 ? "Nothing to check." : "No checks match."}
        </p>
      ) : (
        <ol className="space-y-3" aria-label="Checks">
          {rows.slice(0, MAX_ROWS).map((row) => (
            <li
              key={row.start}
              data-check-row={row.status}
              className="rounded-lg border border-stone-200 bg-white p-3 text-sm dark:border-stone-800 dark:bg-stone-900"
            >
              <p className="flex flex-wrap items-baseline gap-2">
                <span
                  className={
                    row.status === "disagrees"
                      ? "rounded bg-amber-700 px-1.5 text-xs font-semibold text-white"
                      : "rounded bg-teal-50 px-1.5 text-xs font-semibold text-teal-900 dark:bg-teal-950 dark:text-teal-100"
                  }
                >
                  {row.status === "disagrees" ? "Flagged" : "✓ Agrees"}
                </span>
                <Link href={`/filings/${filing.slug}#f-${row.start}`} className="font-medium underline">
                  {row.text}
                  <span className="sr-only">: show it in the filing</span>
                </Link>
                {row.financial && <span className="text-stone-600 dark:text-stone-400">{row.financial}</span>}
              </p>
              <blockquote className="mt-1.5 border-l-2 border-stone-200 pl-3 font-serif text-stone-700 dark:border-stone-700 dark:text-stone-300">
                {row.before}
                <mark className="bg-amber-100 text-inherit dark:bg-amber-900/60">{row.text}</mark>
                {row.after}
              </blockquote>
              <p className="mt-1.5 text-stone-600 dark:text-stone-400">{row.message}.</p>
            </li>
          ))}
        </ol>
      )}
      {rows.length > MAX_ROWS && (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Showing the first {MAX_ROWS} of {rows.length}; the CSV has them all.
        </p>
      )}
    </div>
  );
}
