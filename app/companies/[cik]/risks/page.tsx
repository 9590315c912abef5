import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isCik, paddedCik } from "@/lib/edgar/cik";
import {
  APPEARANCE_LABELS,
  LINEAGE_FILTERS,
  lineageCellId,
  lineageTable,
  type LineageAppearance,
  type LineageFilter,
} from "@/lib/lineage/lineage-table";
import { requireReaderAccess } from "@/server/auth";
import { readCompanyLineages } from "@/server/lineage/read-company-lineages";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ cik: string }>;
  searchParams: Promise<{ show?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Risk factors over the years · Company ${(await params).cik}` };
}

const FILTER_LABELS: Record<LineageFilter, string> = {
  all: "All",
  current: "In the latest report",
  changed: "Changed",
  gone: "Gone",
};

/** A cell's words and mark: in the first report a risk factor is simply there, later it is new. */
function describe(cell: LineageAppearance, column: number) {
  return cell.status === "first" && column === 0
    ? { words: "present", mark: "•" }
    : APPEARANCE_LABELS[cell.status];
}

/** Each status's colours (its word says it too: never colour alone). */
const STATUS_STYLE: Record<string, string> = {
  present: "bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300",
  unchanged: "bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300",
  first: "bg-teal-100 text-teal-900 dark:bg-teal-900 dark:text-teal-100",
  added: "bg-teal-100 text-teal-900 dark:bg-teal-900 dark:text-teal-100",
  changed: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  moved: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  split: "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
  merged: "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
  removed: "bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300",
};

/**
 * Each risk factor of a company followed through its annual reports in the library: a row per
 * risk factor, a column per year, each cell saying (in a mark and in words) whether it was new,
 * unchanged, reworded, moved, split or merged that year and linking to it in that year's
 * reader. Current risk factors first, in the latest report's order; filters for the changed
 * and the gone. A reader's link can point at one report's cell (`#<slug>--<block id>`).
 */
export default async function CompanyRisksPage({ params, searchParams }: Props) {
  const [{ cik }, query] = await Promise.all([params, searchParams]);
  await requireReaderAccess(`/companies/${cik}/risks`);
  if (!isCik(cik)) notFound();
  const { company, reports, lineages } = await readCompanyLineages({ cik: paddedCik(cik) });
  if (reports.length === 0) notFound();
  const asked = Array.isArray(query.show) ? query.show[0] : query.show;
  const filter = LINEAGE_FILTERS.find((each) => each === asked) ?? "all";
  const { rows, summary } = lineageTable(reports, lineages, filter);
  const first = reports[0]!;
  const latest = reports.at(-1)!;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/companies/${cik}`} className="text-stone-600 underline dark:text-stone-400">
            ← {company ?? `Company ${cik}`}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-semibold tracking-tight">Risk factors over the years</h1>
        <p className="mt-1 max-w-prose text-sm text-stone-600 dark:text-stone-400">
          {summary.lineages} risk factors followed through {reports.length} annual report
          {reports.length === 1 ? "" : "s"} in the library
          {reports.length > 1 ? ` (${first.form} ${first.year} to ${latest.form} ${latest.year})` : ""}:{" "}
          {summary.current} in the latest, {summary.changed} reworded, split or merged at least once,{" "}
          {summary.gone} gone. Each risk factor is paired with the year before&rsquo;s by its title and text.
        </p>
      </div>
      <nav aria-label="Which risk factors" className="flex flex-wrap gap-2 text-sm">
        {LINEAGE_FILTERS.map((each) => (
          <Link
            key={each}
            href={each === "all" ? `/companies/${cik}/risks` : `/companies/${cik}/risks?show=${each}`}
            aria-current={each === filter ? "page" : undefined}
            className="rounded-md border border-stone-300 px-2 py-1 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:border-stone-700 dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900"
          >
            {FILTER_LABELS[each]}
            <span className="tabular-nums"> ({each === "all" ? summary.lineages : summary[each]})</span>
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
          No risk factor here.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-800">
          <table className="w-full border-collapse bg-white text-sm dark:bg-stone-950" data-lineage-table>
            <caption className="sr-only">
              Risk factors of {company ?? `company ${cik}`} by annual report, oldest first
            </caption>
            <thead className="bg-stone-100 dark:bg-stone-900">
              <tr>
                <th
                  scope="col"
                  className="sticky left-0 z-10 bg-stone-100 px-3 py-2 text-left font-semibold dark:bg-stone-900"
                >
                  Risk factor
                </th>
                {reports.map((report) => (
                  <th key={report.slug} scope="col" className="px-2 py-2 text-center font-semibold">
                    <Link href={`/filings/${report.slug}`} className="hover:underline">
                      {report.year}
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {rows.map((row) => (
                <tr key={row.id} className="align-top hover:bg-stone-50 dark:hover:bg-stone-900/60">
                  <th
                    scope="row"
                    className="sticky left-0 min-w-40 max-w-md sm:min-w-64 bg-white px-3 py-2 text-left font-normal dark:bg-stone-950"
                  >
                    <span className="line-clamp-2">{row.title}</span>
                    {(row.splitFrom || row.mergedInto || !row.current) && (
                      <span className="mt-0.5 block text-xs text-stone-600 dark:text-stone-400">
                        {row.splitFrom && "Split from another risk. "}
                        {row.mergedInto && "Merged into another risk. "}
                        {!row.current && !row.mergedInto && `Last seen ${row.latest.year}.`}
                      </span>
                    )}
                  </th>
                  {row.cells.map((cell, column) => {
                    const report = reports[column]!;
                    if (!cell)
                      return (
                        <td
                          key={report.slug}
                          className="px-2 py-2 text-center text-stone-300 dark:text-stone-700"
                        >
                          <span aria-hidden="true">·</span>
                          <span className="sr-only">not in {report.year}</span>
                        </td>
                      );
                    const { words, mark } = describe(cell, column);
                    return (
                      <td key={report.slug} className="px-1 py-1 text-center">
                        <Link
                          id={lineageCellId(cell.slug, cell.blockId)}
                          href={`/filings/${cell.slug}#${cell.blockId}`}
                          title={`${report.year}: ${words} — “${cell.title}”`}
                          className={`inline-flex h-6 min-w-12 scroll-mt-24 items-center justify-center rounded px-1.5 text-xs font-medium hover:ring-1 hover:ring-stone-400 target:ring-2 target:ring-amber-500 ${
                            STATUS_STYLE[cell.status === "first" && column === 0 ? "present" : cell.status]
                          }`}
                        >
                          <span aria-hidden="true">{mark}</span>
                          <span className="sr-only">
                            {report.year}: {words}
                          </span>
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
