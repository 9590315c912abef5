import "server-only";
import { bareCik, paddedCik } from "@/lib/edgar/cik";
import { fiscalYearOf, type EdgarCompany } from "@/lib/edgar/submissions";
import { MAX_FILING_BYTES } from "@/lib/filing/file-limits";
import { MAX_TICKERS } from "@/lib/filing/metadata";
import { fetchEdgar } from "@/server/edgar/fetch-edgar";
import type { EdgarFilingChoice } from "@/server/edgar/find-edgar-filings";
import { importFiling } from "./import-filing";

/**
 * Downloads a filing's document from EDGAR and imports it (importFiling: analysed and stored
 * together; the same filing already in the library is answered, not stored twice), carrying
 * what EDGAR's submissions say of it: company, CIK, tickers, form, period, filing date and
 * accession number.
 * @throws AppError from fetchEdgar (EDGAR unavailable, over the size cap) or importFiling
 */
export async function importEdgarFiling(options: {
  importedById: string | null;
  company: EdgarCompany;
  choice: EdgarFilingChoice;
  /** Told as the import moves on, for a progress bar. */
  onStage?: (stage: "downloading" | "analysing" | "storing") => Promise<void>;
}): Promise<{ slug: string; existing: boolean }> {
  const { company, choice } = options;
  await options.onStage?.("downloading");
  const { filing, document } = choice;
  const folder = `/Archives/edgar/data/${bareCik(company.cik)}/${filing.accession.replace(/-/g, "")}`;
  const content = await fetchEdgar({
    host: "www",
    path: `${folder}/${encodeURIComponent(document)}`,
    maxBytes: MAX_FILING_BYTES,
    notFound: `EDGAR has no document ${document} in ${company.name}'s ${filing.form} of ${filing.filingDate}.`,
  });
  return importFiling({
    importedById: options.importedById,
    fileName: document,
    content,
    company: company.name,
    form: filing.form,
    fiscalYear: fiscalYearOf(filing),
    details: {
      // As the import form takes them (EDGAR lists some odd share classes; those are left out).
      tickers: company.tickers
        .map((ticker) => ticker.toUpperCase())
        .filter((ticker) => /^[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z0-9]{1,3})?$/.test(ticker))
        .slice(0, MAX_TICKERS),
      cik: paddedCik(company.cik),
      periodOfReport: filing.reportDate ?? undefined,
      filingDate: filing.filingDate,
      accessionNumber: filing.accession,
    },
    asNewCopy: false,
    onStage: options.onStage,
  });
}
