import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireReaderAccess } from "@/server/auth";
import { findPreviousFiling } from "@/server/data/find-previous-filing";
import { getFilingSummary } from "@/server/data/get-filing-summary";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare with the previous year" };

/**
 * "Compare with previous year" from the reader: to the comparison with the library's filing of
 * the same company and kind from just before, or says there is none (and how to get one).
 */
export default async function ComparePreviousPage({ params }: Props) {
  const { slug } = await params;
  await requireReaderAccess(`/filings/${slug}/compare`);
  const previous = await findPreviousFiling({ slug });
  if (previous) redirect(`/filings/${slug}/compare/${previous.slug}`);
  const filing = await getFilingSummary({ slug });
  if (!filing) notFound();
  return (
    <div className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">Nothing earlier to compare with</h1>
      <p className="text-stone-700 dark:text-stone-300">
        The library has no earlier {filing.form} of {filing.company}. Import the previous year’s report
        {filing.cik ? (
          <>
            {" "}
            from{" "}
            <Link href={`/companies/${filing.cik.replace(/^0+/, "")}`} className="underline">
              the company’s filings on EDGAR
            </Link>
          </>
        ) : (
          " from the library"
        )}
        , then compare again.
      </p>
      <p>
        <Link href={`/filings/${slug}`} className="underline">
          Back to the filing
        </Link>
      </p>
    </div>
  );
}
