import "server-only";
import { db } from "../db";

/** The user's watch of the company (`cik`, ten digits), or null. */
export async function getCompanyWatch(options: { userId: string; cik: string }) {
  return db().companyWatch.findUnique({
    where: { userId_cik: options },
    select: { createdAt: true },
  });
}
