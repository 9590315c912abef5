import "server-only";
import { db } from "../db";

/** The forms of annual reports, amendments left out (a year is its report). */
const ANNUAL = ["10-K", "10-K405", "10-KSB", "20-F", "40-F"];

/** The library's annual reports of one company (its ten-digit CIK), in no particular order. */
export async function listCompanyReports(options: { cik: string }) {
  return db().filing.findMany({
    where: { cik: options.cik, form: { in: ANNUAL } },
    select: {
      id: true,
      slug: true,
      form: true,
      fiscalYear: true,
      periodOfReport: true,
      filingDate: true,
      updatedAt: true,
    },
  });
}
