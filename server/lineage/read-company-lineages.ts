import "server-only";
import { buildLineages } from "@/lib/lineage/lineage";
import { getFiling } from "@/server/data/get-filing";
import { listOrderedReports } from "./list-ordered-reports";

/**
 * Every risk factor of a company followed through its annual reports in the library (ten-digit
 * CIK), oldest first: each lineage's stable id, where it first and last appears, how often it
 * changed, and each appearance (report, risk factor, status against the year before).
 */
export async function readCompanyLineages(options: { cik: string }) {
  const reports = await listOrderedReports(options);
  const filings: Array<{
    report: (typeof reports)[number];
    filing: NonNullable<Awaited<ReturnType<typeof getFiling>>>;
  }> = [];
  for (const report of reports) {
    const filing = await getFiling({ slug: report.slug });
    if (filing) filings.push({ report, filing });
  }
  const lineages = buildLineages(
    filings.map(({ report, filing }) => ({
      key: report.slug,
      riskFactors: filing.riskFactors.map((risk) => ({
        title: risk.title,
        text: filing.canonicalText.slice(risk.start, risk.end),
      })),
    })),
  );
  const reportOf = (index: number) => filings[index]!.report;
  return {
    reports: filings.map(({ report }) => ({ slug: report.slug, year: report.year, form: report.form })),
    lineages: lineages.map((lineage) => ({
      id: lineage.id,
      firstSeen: reportOf(lineage.firstSeen).year,
      lastSeen: reportOf(lineage.lastSeen).year,
      timesChanged: lineage.timesChanged,
      splitFrom: lineage.splitFrom ?? null,
      mergedInto: lineage.mergedInto ?? null,
      appearances: lineage.appearances.map((appearance) => {
        const { filing } = filings[appearance.filing]!;
        const risk = filing.riskFactors[appearance.risk]!;
        return {
          slug: filing.slug,
          year: reportOf(appearance.filing).year,
          riskFactor: appearance.risk,
          title: risk.title,
          blockId: risk.blockId,
          status: appearance.status,
        };
      }),
    })),
  };
}
