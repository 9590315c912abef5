import "server-only";
import { db } from "../db";

/** The forms of annual reports: a year's report is compared with the year before's. */
const ANNUAL = ["10-K", "10-K405", "10-KSB", "20-F", "40-F"];

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
  const forms = ANNUAL.includes(base) ? ANNUAL.flatMap((form) => [form, `${form}/A`]) : [base, `${base}/A`];
  const candidates = await db().filing.findMany({
    where: {
      id: { not: filing.id },
      ...(filing.cik ? { cik: filing.cik } : { company: filing.company }),
      form: { in: forms },
    },
    select: { slug: true, fiscalYear: true, periodOfReport: true, filingDate: true, createdAt: true },
  });
  // When a period ends, as well as it is known: the period, else the fiscal year, else the filing date.
  const period = (each: {
    fiscalYear: number | null;
    periodOfReport: string | null;
    filingDate: string | null;
  }) => each.periodOfReport ?? (each.fiscalYear ? `${each.fiscalYear}-12-31` : (each.filingDate ?? ""));
  const mine = period(filing);
  if (!mine) return null;
  const earlier = candidates.filter((each) => period(each) !== "" && period(each) < mine);
  earlier.sort((a, b) => period(b).localeCompare(period(a)) || b.createdAt.getTime() - a.createdAt.getTime());
  return earlier[0] ? { slug: earlier[0].slug } : null;
}
