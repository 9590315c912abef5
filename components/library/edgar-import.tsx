"use client";

import Link from "next/link";
import { useEffect, useId, useState, useTransition } from "react";
import { PrimaryButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import type { EdgarListing } from "@/lib/edgar/edgar-listing";
import { formatIsoDate } from "@/lib/filing/format-metadata";
import { importFromEdgar } from "@/server/actions/import-from-edgar";
import { listEdgarFilings } from "@/server/actions/list-edgar-filings";
import { EdgarFilingsTable } from "./edgar-filings-table";
import { EdgarJobProgress } from "./edgar-job-progress";

const FORMS = [
  { value: "annual", label: "Annual reports (10-K, 20-F, 40-F)" },
  { value: "10-Q", label: "10-Q" },
  { value: "8-K", label: "8-K" },
  { value: "S-1", label: "S-1" },
  { value: "424B", label: "424B prospectuses" },
  { value: "10-K", label: "10-K only" },
  { value: "20-F", label: "20-F only" },
  { value: "40-F", label: "40-F only" },
] as const;

/**
 * "Add from EDGAR": a ticker, company name, CIK or EDGAR link lists the company's filings of
 * the chosen kind (those already in the library say so); the ones picked are imported as
 * background jobs, each with its progress.
 */
export function EdgarImport({ recentJobs }: { recentJobs: Array<{ id: string; label: string }> }) {
  const [listing, setListing] = useState<EdgarListing | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  // The user's recent imports (from earlier visits too), then those started here.
  const [jobs, setJobs] = useState<Array<{ id: string; label: string }>>(recentJobs);
  const [searching, startSearch] = useTransition();
  const [importing, startImport] = useTransition();
  const inputId = useId();
  const problemId = useId();
  const [typed, setTyped] = useState("");
  const [suggestions, setSuggestions] = useState<Array<{ cik: string; ticker: string; name: string }>>([]);

  // Suggestions from EDGAR's ticker list as the user types (a name or ticker, not a link or CIK).
  const text = typed.trim();
  const suggesting = text.length >= 2 && !/^\d+$/.test(text) && !text.includes("/");
  useEffect(() => {
    if (!suggesting) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/edgar/companies?q=${encodeURIComponent(text)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { companies: [] }))
        .then((body: { companies: typeof suggestions }) => setSuggestions(body.companies))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, suggesting]);

  // Not a form action: React would reset the form after it, losing what was typed.
  function search(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setProblem(null);
    startSearch(async () => {
      const result = await listEdgarFilings({
        input: String(formData.get("input") ?? ""),
        form: String(formData.get("form") ?? "annual") as "annual",
      });
      if (result?.ok) {
        setListing(result.data);
        setPicked(new Set());
      } else {
        setListing(null);
        setProblem(result?.message ?? "The search failed.");
      }
    });
  }

  function importPicked() {
    if (!listing) return;
    const chosen = listing.filings.filter((filing) => picked.has(filing.accession));
    setProblem(null);
    startImport(async () => {
      const labels = chosen.map(
        (filing) =>
          `${listing.company.name} ${filing.form}${filing.reportDate ? ` ${formatIsoDate(filing.reportDate)}` : ""}`,
      );
      const result = await importFromEdgar({
        filings: chosen.map((filing, index) => ({
          cik: listing.company.cik,
          accession: filing.accession,
          label: labels[index],
        })),
      });
      if (!result?.ok) return setProblem(result?.message ?? "The import could not be started.");
      setJobs((current) => [
        ...result.data.jobIds.map((id, index) => ({ id, label: labels[index] ?? id })),
        ...current,
      ]);
      setPicked(new Set());
    });
  }

  const toggle = (accession: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (!next.delete(accession)) next.add(accession);
      return next;
    });

  return (
    <section
      aria-labelledby={`${inputId}-heading`}
      className="space-y-3 rounded-lg border border-stone-200 p-4 dark:border-stone-800"
    >
      <h2 id={`${inputId}-heading`} className="font-serif text-xl font-semibold">
        Add from EDGAR
      </h2>
      <form onSubmit={search} className="flex flex-wrap items-end gap-2 text-sm" aria-busy={searching}>
        <label htmlFor={inputId} className="flex min-w-[16rem] flex-1 flex-col gap-1">
          <span className="font-medium">Ticker, company, CIK or EDGAR link</span>
          <input
            id={inputId}
            name="input"
            required
            maxLength={2000}
            autoComplete="off"
            placeholder="NFLX, Netflix, 1065280 or https://www.sec.gov/…"
            list={`${inputId}-suggestions`}
            // Uncontrolled: what is typed before the page's code has loaded is not wiped when it
            // hydrates (the search reads the form); `typed` only drives the suggestions.
            onChange={(event) => setTyped(event.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            className="rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900"
          />
        </label>
        <datalist id={`${inputId}-suggestions`}>
          {(suggesting ? suggestions : []).map((company) => (
            <option key={company.cik} value={company.ticker}>
              {company.name}
            </option>
          ))}
        </datalist>
        <SelectField label="Filings" name="form" value="annual" options={FORMS} />
        <PrimaryButton disabled={searching}>{searching ? "Finding…" : "Find filings"}</PrimaryButton>
      </form>
      <div aria-live="polite" className="text-sm">
        {problem && (
          <p id={problemId} role="alert" className="text-red-700 dark:text-red-400">
            {problem}
          </p>
        )}
      </div>
      {listing && (
        <div className="space-y-2 text-sm">
          <p>
            <Link href={`/companies/${listing.company.cik}`} className="font-medium underline">
              {listing.company.name}
            </Link>
            {listing.company.tickers.length > 0 && ` (${listing.company.tickers.join(", ")})`} · CIK{" "}
            {listing.company.cik}
          </p>
          {listing.filings.length === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">No filings of that kind on EDGAR.</p>
          ) : (
            <div className="max-h-96 overflow-auto" aria-busy={searching}>
              <EdgarFilingsTable
                caption={`Filings of ${listing.company.name} on EDGAR`}
                filings={listing.filings}
                pick={{
                  label: "Import",
                  cell: (filing) =>
                    filing.importable &&
                    !filing.slug && (
                      <input
                        type="checkbox"
                        aria-label={`Import the ${filing.form} filed ${formatIsoDate(filing.filingDate)}`}
                        checked={picked.has(filing.accession)}
                        onChange={() => toggle(filing.accession)}
                      />
                    ),
                }}
              />
            </div>
          )}
          <PrimaryButton type="button" disabled={picked.size === 0 || importing} onClick={importPicked}>
            {importing
              ? "Starting…"
              : `Import ${picked.size === 0 ? "selected" : picked.size} filing${picked.size === 1 ? "" : "s"}`}
          </PrimaryButton>
        </div>
      )}
      {jobs.length > 0 && (
        <ul aria-label="Imports from EDGAR" className="space-y-2">
          {jobs.map((job) => (
            <EdgarJobProgress key={job.id} id={job.id} label={job.label} />
          ))}
        </ul>
      )}
    </section>
  );
}
