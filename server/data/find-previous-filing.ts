import "server-only";
import { pickPreviousFiling } from "@/lib/filing/report-period";
import { db } from "../db";

/**
 * The library's filing of the same company (same CIK, else the same company name) and kind
 * (annual report, or the same form) from just before this one's period; null when none
 * (see pickPreviousFiling).
 */
export async function findPreviousFiling(options: { slug: string }) {
  const filing = await db().filing.findUnique({
    where: { slug: options.slug },
    select: {
      id: true,
      slug: true,
      cik: true,
      company: true,
      form: true,
      fiscalYear: true,
      periodOfReport: true,
      filingDate: true,
    },
  });
  if (!filing) return null;
  const candidates = await db().filing.findMany({
    where: { id: { not: filing.id }, ...(filing.cik ? { cik: filing.cik } : { company: filing.company }) },
    select: {
      slug: true,
      form: true,
      fiscalYear: true,
      periodOfReport: true,
      filingDate: true,
      createdAt: true,
    },
  });
  const previous = pickPreviousFiling(filing, candidates);
  return previous ? { slug: previous.slug } : null;
}
