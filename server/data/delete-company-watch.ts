import "server-only";
import { db } from "../db";

/** The user no longer watches the company (`cik`, ten digits); a watch not there is no error. */
export async function deleteCompanyWatch(options: { userId: string; cik: string }): Promise<void> {
  await db().companyWatch.deleteMany({ where: options });
}
