import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EdgarFilingsTable } from "@/components/library/edgar-filings-table";
import { WatchCompany } from "@/components/library/watch-company";
import { CompanyTrend } from "@/components/lineage/company-trend";
import { isCik, paddedCik } from "@/lib/edgar/cik";
import { currentUser, requireReaderAccess } from "@/server/auth";
import { listCompanyWatches } from "@/server/data/list-company-watches";
import { listUserWorkspaces } from "@/server/data/list-user-workspaces";
import { readCompanyFilings } from "@/server/edgar/read-company-filings";
import { readCompanyTrend } from "@/server/lineage/read-company-trend";
import { env } from "@/server/env";
import { isAppError } from "@/server/errors";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ cik: string }>;
  searchParams: Promise<{ form?: string | string[] }>;
}

/** The filters offered: the reports analysts read (the default), one form, or everything. */
const FILTERS = [
  { value: "reports", label: "Reports", forms: ["10-K", "20-F", "40-F", "10-Q", "8-K", "S-1", "424B"] },
  { value: "annual", label: "Annual", forms: ["10-K", "20-F", "40-F"] },
  { value: "10-Q", label: "10-Q", forms: ["10-Q"] },
  { value: "8-K", label: "8-K", forms: ["8-K"] },
  { value: "prospectuses", label: "S-1 and 424B", forms: ["S-1", "424B"] },
  { value: "all", label: "All", forms: [] },
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Company ${(await params).cik}` };
}

/** A company's filings as EDGAR lists them (recent ones), those in the library first. */
export default async function CompanyPage({ params, searchParams }: Props) {
  const [{ cik }, query] = await Promise.all([params, searchParams]);
  const asked = Array.isArray(query.form) ? query.form[0] : query.form;
  const filter = FILTERS.find((each) => each.value === asked) ?? FILTERS[0];
  await requireReaderAccess(`/companies/${cik}`);
  if (!isCik(cik)) notFound();
  let found: Awaited<ReturnType<typeof readCompanyFilings>>;
  try {
    found = await readCompanyFilings({ cik, forms: [...filter.forms] });
  } catch (error) {
    if (isAppError(error) && error.code === "not-found") notFound();
    if (!isAppError(error)) throw error;
    return (
      <div className="space-y-3">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Company {cik}</h1>
        <p
          role="alert"
          className="rounded-md bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
        >
          {error.message}
        </p>
      </div>
    );
  }
  const { company, filings } = found;
  const user = await currentUser();
  const workspaces = user ? await listUserWorkspaces({ userId: user.id }) : [];
  const watches = user
    ? await listCompanyWatches({
        userId: user.id,
        workspaceIds: workspaces.map((workspace) => workspace.id),
        cik: paddedCik(cik),
      })
    : null;
  const trend = await readCompanyTrend({ cik: paddedCik(cik) });
  const inLibrary = filings.filter((filing) => filing.slug !== null).length;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm uppercase tracking-wide text-stone-600 dark:text-stone-400">
          {company.tickers.length > 0 && (
            <span className="font-mono normal-case">{company.tickers.join(" · ")} · </span>
          )}
          CIK {company.cik}
        </p>
        <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight">{company.name}</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {`${filings.length} recent filing${filings.length === 1 ? "" : "s"} on EDGAR`}
          {filter.value === "all" ? "" : ` (${filter.label.toLowerCase()})`}
          {`; ${inLibrary} in the library.`}
        </p>
      </div>
      {watches ? (
        <WatchCompany
          cik={company.cik}
          company={company.name}
          watching={watches.mine}
          workspaces={workspaces.map((workspace) => ({
            id: workspace.id,
            name: workspace.name,
            watching: watches.workspaceIds.includes(workspace.id),
          }))}
          checkEvery={env.MARGINALIA_EDGAR_POLL}
        />
      ) : (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          <Link href={`/sign-in?next=/companies/${cik}`} className="font-medium underline">
            Sign in
          </Link>{" "}
          to watch this company and get its new filings.
        </p>
      )}
      <CompanyTrend company={company.name} points={trend} />
      {trend.length > 0 && (
        <p className="text-sm">
          <Link href={`/companies/${cik}/risks`} className="font-medium underline">
            Each risk factor over the years
          </Link>
          <span className="text-stone-600 dark:text-stone-400">
            {" "}
            — which are new, reworded, merged or gone, year by year
          </span>
        </p>
      )}
      <nav aria-label="Which filings" className="flex flex-wrap gap-2 text-sm">
        {FILTERS.map((each) => (
          <Link
            key={each.value}
            href={each.value === "reports" ? `/companies/${cik}` : `/companies/${cik}?form=${each.value}`}
            aria-current={each === filter ? "page" : undefined}
            className="rounded-md border border-stone-300 px-2 py-1 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:border-stone-700 dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900"
          >
            {each.label}
          </Link>
        ))}
      </nav>
      <div className="overflow-x-auto">
        <EdgarFilingsTable
          caption={`Filings of ${company.name}, those in the library first`}
          filings={filings.slice(0, 200)}
          withDescription
        />
      </div>
      {filings.length > 200 && (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          The 200 newest are listed; use the API for the rest.
        </p>
      )}
    </div>
  );
}
