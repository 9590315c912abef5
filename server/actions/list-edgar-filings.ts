"use server";

import { paddedCik } from "@/lib/edgar/cik";
import type { EdgarListing } from "@/lib/edgar/edgar-listing";
import { edgarSearchSchema } from "@/lib/edgar/import-request";
import type { ActionState } from "@/lib/action-state";
import { listCompanyFilings } from "@/server/data/list-company-filings";
import { findEdgarFilings } from "@/server/edgar/find-edgar-filings";
import { userAction } from "@/server/user-action";

/** How many of a company's newest filings of the chosen kind are listed. */
const LISTED = 40;

/**
 * Lists a company's newest filings on EDGAR (of one form, or its annual reports), for the
 * library's "Add from EDGAR": from a ticker, name, CIK or EDGAR link; each marked with the
 * library's copy if it was imported, and whether it has a document to read.
 */
export const listEdgarFilings = userAction(
  { schema: edgarSearchSchema, signedOut: "Sign in to import filings." },
  async ({ input, form }): Promise<ActionState<EdgarListing>> => {
    // "annual" is findEdgarFilings' own default: 10-K, 20-F and 40-F together, newest first.
    const found = await findEdgarFilings({
      input,
      form: form === "annual" ? undefined : form,
      last: LISTED,
      listing: true,
    });
    const company = found.company;
    const imported = await listCompanyFilings({ cik: paddedCik(company.cik) });
    const slugByAccession = new Map(imported.map((filing) => [filing.accessionNumber, filing.slug]));
    const filings = found.choices.map(({ filing, document }) => ({
      accession: filing.accession,
      form: filing.form,
      filingDate: filing.filingDate,
      reportDate: filing.reportDate,
      description: filing.description,
      importable: document !== "",
      slug: slugByAccession.get(filing.accession) ?? null,
    }));
    return {
      ok: true,
      data: { company: { cik: company.cik, name: company.name, tickers: company.tickers }, filings },
    };
  },
);
