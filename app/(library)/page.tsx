import type { Metadata } from "next";
import { FilingList } from "@/components/library/filing-list";
import { ImportFiling } from "@/components/library/import-filing";
import { listFilings } from "@/server/data/list-filings";

export const metadata: Metadata = { title: "Library" };
// The library reads the live database on every request; never prerender it at build time.
export const dynamic = "force-dynamic";

export default async function LibraryPage() {
  const filings = await listFilings();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Library</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          Filings with their risk factors and figures, ready to read and annotate.
        </p>
      </div>
      <FilingList filings={filings} />
      <ImportFiling />
    </div>
  );
}
