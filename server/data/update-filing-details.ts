import "server-only";
import { AppError } from "../errors";
import { db } from "../db";

/**
 * Corrects a filing's details (company, form, fiscal year, tickers, CIK, period, filing date,
 * accession number) when it is still the version the importer saw. Its slug stays: links
 * already shared keep working. Facts taken from EDGAR's companyfacts by the old CIK, accession,
 * period or form are dropped with the change (they may be another filing's, or company's).
 * @returns whether such facts went (or the filing, without inline facts, may now get some), and
 * how many inline XBRL facts it has
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
}): Promise<{ factsDetailsChanged: boolean; inlineFacts: number }> {
  const { filingId, version, details } = options;
  return db().$transaction(async (tx) => {
    const before = await tx.filing.findUnique({
      where: { id: filingId },
      select: { cik: true, form: true, periodOfReport: true, accessionNumber: true },
    });
    const { count } = await tx.filing.updateMany({
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
    if (count === 0 || !before)
      throw new AppError(
        "conflict",
        "This filing was changed since you opened it. Reload the page to see the change, then correct it again.",
      );
    const factsDetailsChanged =
      before.cik !== (details.cik ?? null) ||
      before.form !== details.form ||
      before.periodOfReport !== (details.periodOfReport ?? null) ||
      before.accessionNumber !== (details.accessionNumber ?? null);
    if (factsDetailsChanged) await tx.filingFact.deleteMany({ where: { filingId, source: "companyfacts" } });
    const inlineFacts = await tx.filingFact.count({ where: { filingId, source: "inline" } });
    return { factsDetailsChanged, inlineFacts };
  });
}
