/** A filing in the library's "Add from EDGAR" list. */
interface EdgarListedFiling {
  accession: string;
  form: string;
  filingDate: string;
  reportDate: string | null;
  description: string;
  /** False for a paper or PDF-only filing: nothing to read. */
  importable: boolean;
  /** The library's copy, when it was imported. */
  slug: string | null;
}

/** A company found on EDGAR, with the filings listed. */
export interface EdgarListing {
  company: { cik: string; name: string; tickers: string[] };
  filings: EdgarListedFiling[];
}
