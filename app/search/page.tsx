import type { Metadata } from "next";
import Link from "next/link";
import { SearchResults } from "@/components/search/search-results";
import { ANNOTATION_LABEL_NAMES } from "@/lib/annotations/labels";
import { firstValues, searchParamsSchema } from "@/lib/search/query";
import { currentUser, requireReaderAccess } from "@/server/auth";
import { getViewer } from "@/server/data/get-viewer";
import { listFilings } from "@/server/data/list-filings";
import { listUserWorkspaces } from "@/server/data/list-user-workspaces";
import { searchLibrary } from "@/server/data/search-library";

export const metadata: Metadata = { title: "Search" };
export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const fieldClass =
  "rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900";

export default async function SearchPage({ searchParams }: Props) {
  const raw = firstValues(await searchParams);
  await requireReaderAccess(`/search?${new URLSearchParams(raw)}`);
  const parsed = searchParamsSchema.safeParse(raw);
  const user = await currentUser();
  const [filings, workspaces] = await Promise.all([
    listFilings(),
    user ? listUserWorkspaces({ userId: user.id }) : Promise.resolve([]),
  ]);
  const params = parsed.success ? parsed.data : searchParamsSchema.parse({ q: "" });
  const results = parsed.success
    ? await searchLibrary({ params, viewer: user ? await getViewer({ userId: user.id }) : null })
    : null;
  const forms = [...new Set(filings.map((filing) => filing.form))].sort();
  const people = new Map<string, string>();
  for (const workspace of workspaces)
    for (const member of workspace.members) people.set(member.userId, member.user.name);
  if (user) people.set(user.id, `${user.name} (me)`);
  const pageHref = (page: number) => `?${new URLSearchParams({ ...raw, page: String(page) })}`;
  const lastPage = results ? Math.max(1, Math.ceil(results.total / results.pageSize)) : 1;

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">Search</h1>
      <form role="search" aria-label="Search filings and notes" className="space-y-3 text-sm">
        <div className="flex gap-2">
          <label htmlFor="search-q" className="sr-only">
            Search words
          </label>
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={params.q}
            maxLength={200}
            placeholder="Words in filings, risk factors, notes, replies, tags"
            className={`${fieldClass} min-w-0 flex-1 px-3 py-2 text-base`}
            aria-describedby={parsed.success ? undefined : "search-error"}
          />
          <button
            type="submit"
            className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white dark:bg-stone-100 dark:text-stone-900"
          >
            Search
          </button>
        </div>
        <fieldset className="flex flex-wrap items-end gap-3">
          <legend className="sr-only">Filters</legend>
          <label className="flex flex-col gap-1">
            <span className="font-medium">Filing</span>
            <select name="filing" defaultValue={params.filing ?? ""} className={fieldClass}>
              <option value="">All filings</option>
              {filings.map((filing) => (
                <option key={filing.slug} value={filing.slug}>
                  {filing.company} {filing.form} {filing.fiscalYear ?? ""}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">Company</span>
            <input
              name="company"
              defaultValue={params.company ?? ""}
              maxLength={200}
              className={`${fieldClass} w-36`}
            />
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">Form</span>
            <select name="form" defaultValue={params.form ?? ""} className={fieldClass}>
              <option value="">Any form</option>
              {forms.map((form) => (
                <option key={form}>{form}</option>
              ))}
            </select>
          </label>
          {user && (
            <>
              <label className="flex flex-col gap-1">
                <span className="font-medium">Label</span>
                <select name="label" defaultValue={params.label ?? ""} className={fieldClass}>
                  <option value="">Any label</option>
                  {ANNOTATION_LABEL_NAMES.map((label) => (
                    <option key={label}>{label}</option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1">
                <span className="font-medium">Author</span>
                <select name="author" defaultValue={params.author ?? ""} className={fieldClass}>
                  <option value="">Anyone</option>
                  {[...people].map(([id, name]) => (
                    <option key={id} value={id}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1">
                <span className="font-medium">Workspace</span>
                <select name="workspace" defaultValue={params.workspace ?? ""} className={fieldClass}>
                  <option value="">Any</option>
                  {workspaces.map((workspace) => (
                    <option key={workspace.id} value={workspace.id}>
                      {workspace.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1">
                <span className="font-medium">State</span>
                <select name="state" defaultValue={params.state ?? ""} className={fieldClass}>
                  <option value="">Open or resolved</option>
                  <option value="open">Open</option>
                  <option value="resolved">Resolved</option>
                </select>
              </label>
            </>
          )}
        </fieldset>
      </form>
      <div aria-live="polite">
        {!parsed.success ? (
          <p id="search-error" role="alert" className="text-red-700 dark:text-red-400">
            {parsed.error.issues[0]?.message ?? "That search could not be read."}
          </p>
        ) : !params.q ? (
          <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
            Type a few words: filing text, risk-factor titles{user ? ", your notes, replies and tags" : ""}.
            Partial words work.
            {!user && (
              <>
                {" "}
                <Link href="/sign-in?next=/search" className="font-medium underline">
                  Sign in
                </Link>{" "}
                to search notes too.
              </>
            )}
          </p>
        ) : results && results.total === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
            Nothing matches “{params.q}”.
          </p>
        ) : (
          results && (
            <div className="space-y-3">
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {results.total.toLocaleString("en-US")} {results.total === 1 ? "result" : "results"}
                {lastPage > 1 ? ` · page ${results.page} of ${lastPage}` : ""}
              </p>
              <SearchResults hits={results.hits} />
              {lastPage > 1 && (
                <nav aria-label="Result pages" className="flex justify-between text-sm">
                  {results.page > 1 ? (
                    <Link href={pageHref(results.page - 1)} className="underline" rel="prev">
                      ← Previous
                    </Link>
                  ) : (
                    <span />
                  )}
                  {results.page < lastPage && (
                    <Link href={pageHref(results.page + 1)} className="underline" rel="next">
                      Next →
                    </Link>
                  )}
                </nav>
              )}
            </div>
          )
        )}
      </div>
    </div>
  );
}
