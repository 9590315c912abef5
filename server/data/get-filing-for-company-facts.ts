import "server-only";
import { db } from "../db";

/**
 * What EDGAR's companyfacts is searched by for a filing — its CIK, accession number, form,
 * period of report and filing date — and how many inline XBRL facts it has of its own (a
 * filing with some needs none); null when there is no such filing.
 */
export async function getFilingForCompanyFacts(options: { filingId: string }) {
  const filing = await db().filing.findUnique({
    where: { id: options.filingId },
    select: {
      cik: true,
      accessionNumber: true,
      form: true,
      periodOfReport: true,
      filingDate: true,
      _count: { select: { facts: { where: { source: "inline" } } } },
    },
  });
  if (!filing) return null;
  const { _count, ...identity } = filing;
  return { ...identity, inlineFacts: _count.facts };
}
