import "server-only";
import { isCik, paddedCik } from "@/lib/edgar/cik";
import { formMatches, type EdgarFiling } from "@/lib/edgar/submissions";
import { listCompanyFilings } from "@/server/data/list-company-filings";
import { AppError } from "@/server/errors";
import { readEdgarCompany } from "./read-edgar-company";

/** A company's filing on EDGAR, with where it is in the library if it was imported. */
interface CompanyFiling extends EdgarFiling {
  /** The library's copy, or null. */
  slug: string | null;
}

/**
 * A company's filings as EDGAR lists them (recent ones), each marked with the library's copy
 * when it was imported — imported ones first, then newest first; `forms` keeps only those.
 * @throws AppError "not-found" (no such CIK), or from fetchEdgar
 */
export async function readCompanyFilings(options: { cik: string; forms?: string[] }) {
  if (!isCik(options.cik)) throw new AppError("not-found", "A CIK is up to ten digits.");
  const [company, imported] = await Promise.all([
    readEdgarCompany({ cik: options.cik }),
    listCompanyFilings({ cik: paddedCik(options.cik) }),
  ]);
  const slugByAccession = new Map(imported.map((filing) => [filing.accessionNumber, filing.slug]));
  const filings: CompanyFiling[] = company.filings
    .filter(
      (filing) => !options.forms?.length || options.forms.some((form) => formMatches(filing.form, form)),
    )
    .map((filing) => ({ ...filing, slug: slugByAccession.get(filing.accession) ?? null }));
  filings.sort((a, b) => Number(b.slug !== null) - Number(a.slug !== null));
  return { company, filings };
}
