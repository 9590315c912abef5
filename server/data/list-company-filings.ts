import "server-only";
import { db } from "../db";

/** The library's filings of one company (by its ten-digit CIK), newest first. */
export async function listCompanyFilings(options: { cik: string }) {
  return db().filing.findMany({
    where: { cik: options.cik },
    orderBy: [{ filingDate: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      slug: true,
      accessionNumber: true,
      form: true,
      fiscalYear: true,
      periodOfReport: true,
      filingDate: true,
    },
  });
}
