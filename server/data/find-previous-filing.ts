import "server-only";
import { ANNUAL_REPORT_FORMS, isAnnualReport, reportPeriod } from "@/lib/filing/report-period";
import { db } from "../db";

/**
 * The library's filing of the same company (same CIK, else the same company name) and kind
 * (annual report, or the same form) from just before this one's period; null when none.
 */
export async function findPreviousFiling(options: { slug: string }) {
  const filing = await db().filing.findUnique({
    where: { slug: options.slug },
    select: {
      id: true,
      cik: true,
      company: true,
      form: true,
      fiscalYear: true,
      periodOfReport: true,
      filingDate: true,
    },
  });
  if (!filing) return null;
  const base = filing.form.toUpperCase().replace(/\/A$/, "");
  const forms = isAnnualReport(base)
    ? ANNUAL_REPORT_FORMS.flatMap((form) => [form, `${form}/A`])
    : [base, `${base}/A`];
  const candidates = await db().filing.findMany({
    where: {
      id: { not: filing.id },
      ...(filing.cik ? { cik: filing.cik } : { company: filing.company }),
      form: { in: forms },
    },
    select: { slug: true, fiscalYear: true, periodOfReport: true, filingDate: true, createdAt: true },
  });
  const mine = reportPeriod(filing);
  if (!mine) return null;
  const earlier = candidates.filter((each) => reportPeriod(each) !== "" && reportPeriod(each) < mine);
  earlier.sort(
    (a, b) => reportPeriod(b).localeCompare(reportPeriod(a)) || b.createdAt.getTime() - a.createdAt.getTime(),
  );
  return earlier[0] ? { slug: earlier[0].slug } : null;
}
