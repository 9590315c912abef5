import Link from "next/link";
import type { ReactNode } from "react";
import { formatIsoDate } from "@/lib/filing/format-metadata";

interface ListedFiling {
  accession: string;
  form: string;
  filingDate: string;
  reportDate: string | null;
  description: string;
  /** The library's copy, when it was imported. */
  slug: string | null;
  /** False for a paper or PDF-only filing (nothing to read). */
  importable?: boolean;
}

/**
 * A company's filings on EDGAR as a table: form, period, filed, (description,) and the
 * library's copy. `pick` adds a first column (the import checkboxes).
 */
export function EdgarFilingsTable({
  caption,
  filings,
  pick,
  withDescription = false,
}: {
  caption: string;
  filings: readonly ListedFiling[];
  pick?: { label: string; cell: (filing: ListedFiling) => ReactNode };
  withDescription?: boolean;
}) {
  const columns = ["Form", "Period", "Filed", ...(withDescription ? ["Description"] : [])];
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="sticky top-0 bg-stone-50 text-stone-600 dark:bg-stone-950 dark:text-stone-400">
        <tr>
          {pick && (
            <th scope="col" className="py-1 pr-2">
              <span className="sr-only">{pick.label}</span>
            </th>
          )}
          {columns.map((column) => (
            <th key={column} scope="col" className="py-1 pr-3">
              {column}
            </th>
          ))}
          <th scope="col" className="py-1">
            In the library
          </th>
        </tr>
      </thead>
      <tbody>
        {filings.map((filing) => (
          <tr key={filing.accession} className="border-t border-stone-200 dark:border-stone-800">
            {pick && <td className="py-1 pr-2">{pick.cell(filing)}</td>}
            <td className="py-1 pr-3 font-mono">{filing.form}</td>
            <td className="py-1 pr-3">{formatIsoDate(filing.reportDate) || "—"}</td>
            <td className="py-1 pr-3">{formatIsoDate(filing.filingDate)}</td>
            {withDescription && <td className="py-1 pr-3">{filing.description || "—"}</td>}
            <td className="py-1">
              {filing.slug ? (
                <Link href={`/filings/${filing.slug}`} className="font-medium underline">
                  Open
                </Link>
              ) : filing.importable === false ? (
                "Paper or PDF only"
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
