import "server-only";
import { db } from "../db";

/** A company someone watches, with who watches it and since when. */
export interface WatchedCompany {
  cik: string;
  company: string;
  watchers: Array<{ userId: string; since: Date }>;
}

/** Every watched company (ten-digit CIK), its watchers earliest first. */
export async function listWatchedCompanies(): Promise<WatchedCompany[]> {
  const watches = await db().companyWatch.findMany({
    orderBy: [{ cik: "asc" }, { createdAt: "asc" }],
    select: { cik: true, company: true, userId: true, createdAt: true },
  });
  const byCik = new Map<string, WatchedCompany>();
  for (const watch of watches) {
    const company = byCik.get(watch.cik) ?? { cik: watch.cik, company: watch.company, watchers: [] };
    company.watchers.push({ userId: watch.userId, since: watch.createdAt });
    byCik.set(watch.cik, company);
  }
  return [...byCik.values()];
}
