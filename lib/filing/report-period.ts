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

/** A report as pickPreviousFiling weighs it. */
interface PeriodicReport {
  slug: string;
  form: string;
  periodOfReport: string | null;
  fiscalYear: number | null;
  filingDate: string | null;
  /** When it entered the library: of two reports for one period, the later import wins. */
  createdAt: Date;
}

/**
 * The report just before `report` among `others` of the same company: of the same kind (any
 * annual report for an annual report, else the same form; amendments count with their form)
 * and the latest period before its own. Null when none is earlier, or its period is unknown.
 */
export function pickPreviousFiling<Report extends PeriodicReport>(
  report: Omit<PeriodicReport, "createdAt">,
  others: readonly Report[],
): Report | null {
  const base = report.form.toUpperCase().replace(/\/A$/, "");
  const sameKind = (form: string) => {
    const theirs = form.toUpperCase().replace(/\/A$/, "");
    return isAnnualReport(base) ? isAnnualReport(theirs) : theirs === base;
  };
  const mine = reportPeriod(report);
  if (!mine) return null;
  const earlier = others.filter(
    (each) =>
      each.slug !== report.slug &&
      sameKind(each.form) &&
      reportPeriod(each) !== "" &&
      reportPeriod(each) < mine,
  );
  earlier.sort(
    (a, b) => reportPeriod(b).localeCompare(reportPeriod(a)) || b.createdAt.getTime() - a.createdAt.getTime(),
  );
  return earlier[0] ?? null;
}
