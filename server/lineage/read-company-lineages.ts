import "server-only";
import type { RiskPair } from "@/lib/lineage/align-risk-factors";
import { buildLineages } from "@/lib/lineage/lineage";
import type { CompanyLineage } from "@/lib/lineage/lineage-table";
import { RecentlyUsed } from "@/lib/recently-used";
import { getFiling } from "@/server/data/get-filing";
import { compareFilings } from "./compare-filings";
import { listOrderedReports } from "./list-ordered-reports";

interface CompanyLineages {
  /** The company's name as its latest report gives it (null without reports). */
  company: string | null;
  reports: Array<{ slug: string; year: string; form: string }>;
  lineages: CompanyLineage[];
}

/**
 * Lineages of recently read companies, per process, keyed by their reports and those reports'
 * versions: following a decade of whole 10-Ks aligns every consecutive pair (seconds of work),
 * which a page view or an API call should pay once, not every time. A new, changed or deleted
 * report changes the key.
 */
const globalForLineages = globalThis as unknown as {
  marginaliaLineages?: RecentlyUsed<string, Promise<CompanyLineages>>;
};
const kept = (globalForLineages.marginaliaLineages ??= new RecentlyUsed(4));

/**
 * Every risk factor of a company followed through its annual reports in the library (ten-digit
 * CIK), oldest first: each lineage's stable id, where it first and last appears, how often it
 * changed, and each appearance (report, risk factor, status against the year before).
 */
export async function readCompanyLineages(options: { cik: string }): Promise<CompanyLineages> {
  const reports = await listOrderedReports(options);
  const key = [options.cik, ...reports.map((report) => `${report.id}@${report.updatedAt.getTime()}`)].join(
    "|",
  );
  return kept.remember(
    key,
    () => followReports(reports),
    (old) => old.startsWith(`${options.cik}|`),
  );
}

async function followReports(
  reports: Awaited<ReturnType<typeof listOrderedReports>>,
): Promise<CompanyLineages> {
  const filings: Array<{
    report: (typeof reports)[number];
    filing: NonNullable<Awaited<ReturnType<typeof getFiling>>>;
  }> = [];
  for (const report of reports) {
    const filing = await getFiling({ slug: report.slug });
    if (filing) filings.push({ report, filing });
  }
  // Each report against the one before through compareFilings, whose alignments the company's
  // trend and the compare page share (a decade of whole 10-Ks is aligned once, not per view).
  const pairs: RiskPair[][] = [[]];
  for (let index = 1; index < filings.length; index++) {
    await new Promise((resolve) => setImmediate(resolve));
    const { pairs: aligned } = await compareFilings({
      slug: filings[index]!.filing.slug,
      other: filings[index - 1]!.filing.slug,
    });
    pairs.push(aligned);
  }
  const lineages = buildLineages(
    filings.map(({ report, filing }) => ({
      key: report.slug,
      riskFactors: filing.riskFactors.map((risk) => ({
        title: risk.title,
        text: filing.canonicalText.slice(risk.start, risk.end),
      })),
    })),
    (index) => pairs[index]!,
  );
  const reportOf = (index: number) => filings[index]!.report;
  return {
    company: filings.at(-1)?.filing.company ?? null,
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
