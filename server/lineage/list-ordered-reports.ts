import "server-only";
import { listCompanyReports } from "@/server/data/list-company-reports";

/** When a report's period ends, as well as it is known: the period, else the fiscal year, else the filing date. */
const periodOf = (report: {
  fiscalYear: number | null;
  periodOfReport: string | null;
  filingDate: string | null;
}) => report.periodOfReport ?? (report.fiscalYear ? `${report.fiscalYear}-12-31` : (report.filingDate ?? ""));

/**
 * The library's annual reports of a company (ten-digit CIK), oldest period first, one per
 * period (the latest imported when two share one), with each report's year as shown
 * ("2024", or its period's month when the year is unknown).
 */
export async function listOrderedReports(options: { cik: string }) {
  const reports = (await listCompanyReports(options))
    .filter((report) => periodOf(report) !== "")
    .sort((a, b) => periodOf(a).localeCompare(periodOf(b)) || a.updatedAt.getTime() - b.updatedAt.getTime());
  const one = reports.filter(
    (report, index) =>
      periodOf(report) !== periodOf(reports[index + 1] ?? report) || index === reports.length - 1,
  );
  return one.map((report) => ({
    ...report,
    year: report.fiscalYear ? String(report.fiscalYear) : periodOf(report).slice(0, 7),
  }));
}
