import type { Metadata } from "next";
import Link from "next/link";
import { FilingList } from "@/components/library/filing-list";
import { ForYou } from "@/components/library/for-you";
import { ImportingFilings } from "@/components/library/importing-filings";
import { EdgarImport } from "@/components/library/edgar-import-loader";
import { ImportFiling } from "@/components/library/import-filing-loader";
import { SelectField } from "@/components/ui/select-field";
import { currentUser, requireReaderAccess } from "@/server/auth";
import { getViewer } from "@/server/data/get-viewer";
import { listFilingFacets } from "@/server/data/list-filing-facets";
import { listFilings, type LibrarySort } from "@/server/data/list-filings";
import { listFilingNotices } from "@/server/data/list-filing-notices";
import { listFollowNoticesForUser } from "@/server/data/list-follow-notices-for-user";
import { listImportJobs } from "@/server/data/list-import-jobs";
import { listUserCompanyWatches } from "@/server/data/list-user-company-watches";
import { listMentionsForUser } from "@/server/data/list-mentions-for-user";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Library" };
// The library reads the live database on every request; never prerender it at build time.
export const dynamic = "force-dynamic";

const SORTS: { value: LibrarySort; label: string }[] = [
  { value: "period", label: "Newest period first" },
  { value: "company", label: "Company" },
  { value: "imported", label: "Recently imported" },
];

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** "For you" entries shown: the newest mentions, follow news and new filings together. */
const FOR_YOU = 10;

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.slice(0, 200);

export default async function LibraryPage({ searchParams }: Props) {
  await requireReaderAccess("/");
  const query = await searchParams;
  const facets = await listFilingFacets();
  // Only values the library has: anything else in the URL is ignored, not an error.
  const company = facets.companies.find((name) => name === one(query.company));
  const form = facets.forms.find((name) => name === one(query.form));
  const sort = SORTS.find((option) => option.value === one(query.sort))?.value ?? "period";
  const [filings, user] = await Promise.all([listFilings({ company, form, sort }), currentUser()]);
  const viewer = user ? await getViewer({ userId: user.id }) : null;
  const forYou =
    user && viewer
      ? await Promise.all([
          listMentionsForUser({ viewer, limit: FOR_YOU }),
          listFilingNotices({ userId: user.id, limit: FOR_YOU }),
          listUserCompanyWatches({ userId: user.id }),
          listFollowNoticesForUser({ viewer, limit: FOR_YOU }),
        ])
      : null;
  const edgar =
    user && env.MARGINALIA_EDGAR_USER_AGENT
      ? {
          jobs: await listImportJobs({ userId: user.id, limit: 5 }),
          unfinished: await listImportJobs({ userId: user.id, limit: 20, unfinished: true }),
        }
      : null;
  const jobLabel = (job: { input: string; label: string | null; form: string | null }) =>
    job.label ?? `${job.input}${job.form ? ` ${job.form}` : ""}`;
  const deleted = one(query.deleted);
  const filtered = company !== undefined || form !== undefined;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Library</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          Filings with their risk factors, tables and figures, ready to read and annotate.
        </p>
      </div>
      {deleted && (
        <p role="status" className="rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-800">
          Deleted {deleted}.
        </p>
      )}
      {forYou && (
        <ForYou
          mentions={forYou[0]}
          notices={forYou[1]}
          watching={forYou[2]}
          follows={forYou[3]}
          limit={FOR_YOU}
        />
      )}
      <form
        aria-label="Filter and sort the library"
        className="flex flex-wrap items-end gap-3 text-sm"
        action="/"
      >
        <SelectField
          label="Company"
          name="company"
          value={company ?? ""}
          any="All companies"
          options={facets.companies.map((name) => ({ value: name, label: name }))}
        />
        <SelectField
          label="Form"
          name="form"
          value={form ?? ""}
          any="All forms"
          options={facets.forms.map((name) => ({ value: name, label: name }))}
        />
        <SelectField label="Sort" name="sort" value={sort} options={SORTS} />
        <button
          type="submit"
          className="rounded-md border border-stone-300 px-3 py-1.5 font-medium dark:border-stone-700"
        >
          Apply
        </button>
        {filtered && (
          <Link href="/" className="py-1.5 underline">
            Show all
          </Link>
        )}
      </form>
      <p className="sr-only" aria-live="polite">
        {filings.length} filing{filings.length === 1 ? "" : "s"}
      </p>
      {edgar && (
        <ImportingFilings jobs={edgar.unfinished.map((job) => ({ id: job.id, label: jobLabel(job) }))} />
      )}
      <FilingList filings={filings} grouped={sort !== "imported"} />
      {edgar && (
        <EdgarImport
          recentJobs={edgar.jobs
            // Those under way have their row above the list (one progress bar, one poll each).
            .filter((job) => !edgar.unfinished.some((going) => going.id === job.id))
            .map((job) => ({ id: job.id, label: jobLabel(job) }))}
        />
      )}
      {user ? (
        <ImportFiling />
      ) : (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          <Link href="/sign-in" className="font-medium underline">
            Sign in
          </Link>{" "}
          to import a filing of your own.
        </p>
      )}
    </div>
  );
}
