import "server-only";
import { db } from "../db";

/** The user now watches the company (`cik`, ten digits); watching it again changes nothing. */
export async function createCompanyWatch(options: { userId: string; cik: string; company: string }) {
  await db().companyWatch.upsert({
    where: { userId_cik: { userId: options.userId, cik: options.cik } },
    create: options,
    update: {},
  });
}
