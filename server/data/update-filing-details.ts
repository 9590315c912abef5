import "server-only";
import { AppError } from "../errors";
import { db } from "../db";

/**
 * Corrects a filing's details (company, form, fiscal year, tickers, CIK, period, filing date,
 * accession number) when it is still the version the importer saw. Its slug stays: links
 * already shared keep working.
 * @throws AppError "conflict" when the filing changed since `version` (or is gone)
 */
export async function updateFilingDetails(options: {
  filingId: string;
  /** The filing's `updatedAt` when the form was shown. */
  version: Date;
  details: {
    company: string;
    form: string;
    fiscalYear: number | null;
    tickers: string[];
    cik?: string;
    periodOfReport?: string;
    filingDate?: string;
    accessionNumber?: string;
  };
}): Promise<void> {
  const { filingId, version, details } = options;
  const { count } = await db().filing.updateMany({
    where: { id: filingId, updatedAt: version },
    data: {
      company: details.company,
      form: details.form,
      fiscalYear: details.fiscalYear,
      tickers: details.tickers,
      cik: details.cik ?? null,
      periodOfReport: details.periodOfReport ?? null,
      filingDate: details.filingDate ?? null,
      accessionNumber: details.accessionNumber ?? null,
    },
  });
  if (count === 0)
    throw new AppError(
      "conflict",
      "This filing was changed since you opened it. Reload the page to see the change, then correct it again.",
    );
}
