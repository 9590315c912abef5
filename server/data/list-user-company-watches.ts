import "server-only";
import { db } from "../db";

/** The companies the user watches, by name. */
export async function listUserCompanyWatches(options: { userId: string }) {
  return db().companyWatch.findMany({
    where: { userId: options.userId },
    orderBy: { company: "asc" },
    select: { cik: true, company: true, createdAt: true },
  });
}
