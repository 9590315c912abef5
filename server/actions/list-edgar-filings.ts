"use server";

import { paddedCik } from "@/lib/edgar/cik";
import type { EdgarListing } from "@/lib/edgar/edgar-listing";
import { edgarSearchSchema } from "@/lib/edgar/import-request";
import { ANNUAL_REPORT_FORMS } from "@/lib/edgar/submissions";
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
    const forms = form === "annual" ? [...ANNUAL_REPORT_FORMS] : [form];
    const found = await Promise.all(
      forms.map((each) =>
        findEdgarFilings({ input, form: each, last: LISTED, listing: true }).catch(() => null),
      ),
    );
    const hits = found.filter((each) => each !== null);
    if (hits.length === 0) {
      // Said as findEdgarFilings says it (no such company, nothing of that form…).
      await findEdgarFilings({ input, form: forms[0], last: LISTED, listing: true });
    }
    const company = hits[0]!.company;
    const imported = await listCompanyFilings({ cik: paddedCik(company.cik) });
    const slugByAccession = new Map(imported.map((filing) => [filing.accessionNumber, filing.slug]));
    const filings = hits
      .flatMap((hit) => hit.choices)
      .sort((a, b) => b.filing.filingDate.localeCompare(a.filing.filingDate))
      .slice(0, LISTED)
      .map(({ filing, document }) => ({
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
