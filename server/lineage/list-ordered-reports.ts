import "server-only";
import { reportPeriod } from "@/lib/filing/report-period";
import { listCompanyReports } from "@/server/data/list-company-reports";

/**
 * The library's annual reports of a company (ten-digit CIK), oldest period first, one per
 * period (the latest imported when two share one), with each report's year as shown
 * ("2024", or its period's month when the year is unknown).
 */
export async function listOrderedReports(options: { cik: string }) {
  const reports = (await listCompanyReports(options))
    .filter((report) => reportPeriod(report) !== "")
    .sort(
      (a, b) =>
        reportPeriod(a).localeCompare(reportPeriod(b)) || a.updatedAt.getTime() - b.updatedAt.getTime(),
    );
  // One per period: the last of those sharing it.
  return reports
    .filter(
      (report, index) =>
        index === reports.length - 1 || reportPeriod(report) !== reportPeriod(reports[index + 1]!),
    )
    .map((report) => ({
      ...report,
      year: report.fiscalYear ? String(report.fiscalYear) : reportPeriod(report).slice(0, 7),
    }));
}
