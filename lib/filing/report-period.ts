/** The forms of annual reports (a year is its report; amendments are not listed). */
export const ANNUAL_REPORT_FORMS = ["10-K", "10-K405", "10-KSB", "20-F", "40-F"] as const;

/** Whether a form is an annual report's (an amendment counts with `amendments`). */
export function isAnnualReport(form: string, options: { amendments?: boolean } = {}): boolean {
  const base = options.amendments ? form.toUpperCase().replace(/\/A$/, "") : form.toUpperCase();
  return (ANNUAL_REPORT_FORMS as readonly string[]).includes(base);
}

/**
 * When a report's period ends, as well as it is known, as an ISO date to sort by: its period,
 * else 31 December of its fiscal year, else its filing date ("" when none is known).
 */
export function reportPeriod(report: {
  periodOfReport: string | null;
  fiscalYear: number | null;
  filingDate: string | null;
}): string {
  return (
    report.periodOfReport ?? (report.fiscalYear ? `${report.fiscalYear}-12-31` : (report.filingDate ?? ""))
  );
}
