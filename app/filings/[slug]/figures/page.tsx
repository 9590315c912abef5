import type { Metadata } from "next";
import { filingPageTitle } from "@/server/reader/filing-page-title";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FIGURE_KIND_LABELS } from "@/components/reader/risk-category-style";
import { describeFigureValue } from "@/lib/filing/describe-figure";
import { figureRows, FIGURE_SORT_KEYS, queryFigureRows, type FigureSortKey } from "@/lib/filing/figure-table";
import type { FigureKind } from "@/lib/filing/types";
import { requireReaderAccess } from "@/server/auth";
import { getFiling } from "@/server/data/get-filing";
import { PrimaryButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return filingPageTitle({ slug: (await params).slug, page: "Figures" });
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Rows per page of the figures table: a response stays bounded whatever the filing. */
const FIGURES_PER_PAGE = 200;

/** Every figure of a filing, sortable and filterable through the URL (works without JavaScript). */
export default async function FiguresPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  await requireReaderAccess(`/filings/${slug}/figures`);
  const filing = await getFiling({ slug });
  if (!filing) notFound();

  const kind = one(query.kind) as FigureKind | undefined;
  const sortParam = one(query.sort) as FigureSortKey | undefined;
  const sort = sortParam && FIGURE_SORT_KEYS.includes(sortParam) ? sortParam : "position";
  const descending = one(query.order) === "desc";
  const search = one(query.q)?.slice(0, 200) ?? "";
  const validKind = kind && kind in FIGURE_KIND_LABELS ? kind : undefined;
  const all = figureRows(
    filing.analysis.figures,
    filing.riskFactors.map((risk) => ({
      id: risk.blockId,
      title: risk.title,
      start: risk.start,
      end: risk.end,
    })),
  );
  const matching = queryFigureRows(all, { kind: validKind, search, sort, descending });
  // Bounded pages: a whole annual report has thousands of figures (every table number).
  const pages = Math.max(1, Math.ceil(matching.length / FIGURES_PER_PAGE));
  const page = Math.min(pages, Math.max(1, Math.trunc(Number(one(query.page)) || 1)));
  const rows = matching.slice((page - 1) * FIGURES_PER_PAGE, page * FIGURES_PER_PAGE);
  const pageHref = (target: number) => {
    const params = new URLSearchParams();
    if (validKind) params.set("kind", validKind);
    if (search) params.set("q", search);
    params.set("sort", sort);
    if (descending) params.set("order", "desc");
    params.set("page", String(target));
    return `?${params}`;
  };

  const sortHref = (key: FigureSortKey) => {
    const params = new URLSearchParams();
    if (validKind) params.set("kind", validKind);
    if (search) params.set("q", search);
    params.set("sort", key);
    if (key === sort && !descending) params.set("order", "desc");
    return `?${params}`;
  };
  const ariaSort = (key: FigureSortKey) =>
    key === sort ? (descending ? "descending" : "ascending") : ("none" as const);
  const csvParams = new URLSearchParams();
  if (validKind) csvParams.set("kind", validKind);
  if (search) csvParams.set("q", search);

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/filings/${filing.slug}`} className="text-stone-600 underline dark:text-stone-400">
            ← {filing.company}, Form {filing.form}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-semibold tracking-tight">Figures</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {matching.length === all.length
            ? `${all.length} figures`
            : `${matching.length} of ${all.length} figures match`}
          {pages > 1 &&
            ` · showing ${(page - 1) * FIGURES_PER_PAGE + 1}–${(page - 1) * FIGURES_PER_PAGE + rows.length}`}
        </p>
      </div>
      <form className="flex flex-wrap items-end gap-3 text-sm" role="search" aria-label="Filter figures">
        <SelectField
          label="Kind"
          name="kind"
          value={validKind ?? ""}
          any="All kinds"
          options={Object.entries(FIGURE_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <label className="flex flex-col gap-1">
          <span className="font-medium">Contains</span>
          <input
            name="q"
            defaultValue={search}
            maxLength={200}
            className="rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900"
          />
        </label>
        <input type="hidden" name="sort" value={sort} />
        <PrimaryButton type="submit">Filter</PrimaryButton>
        <a
          href={`/filings/${filing.slug}/figures.csv?${csvParams}`}
          className="ml-auto rounded-md border border-stone-300 px-3 py-1.5 font-medium dark:border-stone-700"
          download
        >
          Download CSV
        </a>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
          No figures match.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-800">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">
              Figures of {filing.company}&apos;s Form {filing.form}
            </caption>
            <thead className="bg-stone-100 text-left dark:bg-stone-900">
              <tr>
                {(
                  [
                    ["kind", "Kind"],
                    ["text", "Text"],
                    ["value", "Normalized value"],
                  ] as const
                ).map(([key, label]) => (
                  <th key={key} scope="col" aria-sort={ariaSort(key)} className="px-3 py-2 font-semibold">
                    <Link href={sortHref(key)} className="hover:underline">
                      {label}
                      {key === sort ? (descending ? " ↓" : " ↑") : ""}
                    </Link>
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 font-semibold">
                  Unit
                </th>
                <th scope="col" aria-sort={ariaSort("position")} className="px-3 py-2 font-semibold">
                  <Link href={sortHref("position")} className="hover:underline">
                    Where{sort === "position" ? (descending ? " ↓" : " ↑") : ""}
                  </Link>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {rows.map((row) => (
                <tr key={row.start} className="align-top hover:bg-stone-50 dark:hover:bg-stone-900/60">
                  <td className="whitespace-nowrap px-3 py-2">{FIGURE_KIND_LABELS[row.kind]}</td>
                  <td className="px-3 py-2">
                    <Link
                      href={`/filings/${filing.slug}#f-${row.start}`}
                      className="underline decoration-dotted"
                    >
                      {row.text}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 tabular-nums">{describeFigureValue(row)}</td>
                  <td className="px-3 py-2">{row.unit}</td>
                  {/* Where: wide enough to read, two lines at most (a long risk title wrapped in a
                      narrow column made phone rows hundreds of pixels tall); the table scrolls. */}
                  <td className="min-w-64 px-3 py-2 text-stone-600 dark:text-stone-400">
                    <span className="line-clamp-2" data-figure-where>
                      {row.row !== undefined || row.column !== undefined
                        ? [row.row, row.column].filter(Boolean).join(" · ")
                        : (row.riskFactorTitle ?? "—")}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Pages of figures" className="flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="underline" rel="prev">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link href={pageHref(page + 1)} className="underline" rel="next">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
