import "server-only";
import { ANNUAL_REPORT_FORMS } from "@/lib/filing/report-period";
import { db } from "../db";

/** The library's annual reports of one company (its ten-digit CIK), in no particular order. */
export async function listCompanyReports(options: { cik: string }) {
  return db().filing.findMany({
    where: { cik: options.cik, form: { in: [...ANNUAL_REPORT_FORMS] } },
    select: {
      id: true,
      slug: true,
      company: true,
      form: true,
      fiscalYear: true,
      periodOfReport: true,
      filingDate: true,
      updatedAt: true,
    },
  });
}
