import "server-only";
import { db } from "../db";

/** A company someone watches, with who is told of its new filings and since when. */
export interface WatchedCompany {
  cik: string;
  company: string;
  /** Users watching it themselves or through a workspace, each once, earliest first. */
  watchers: Array<{ userId: string; since: Date }>;
}

/**
 * Every watched company (ten-digit CIK) with its watchers: users watching it themselves, and
 * the members of workspaces watching it (since the later of the watch and their joining).
 */
export async function listWatchedCompanies(): Promise<WatchedCompany[]> {
  const watches = await db().companyWatch.findMany({
    orderBy: [{ cik: "asc" }, { createdAt: "asc" }],
    select: {
      cik: true,
      company: true,
      userId: true,
      createdAt: true,
      workspace: { select: { members: { select: { userId: true, joinedAt: true } } } },
    },
  });
  const byCik = new Map<string, { company: string; since: Map<string, Date> }>();
  for (const watch of watches) {
    const company = byCik.get(watch.cik) ?? { company: watch.company, since: new Map<string, Date>() };
    const watchers = watch.userId
      ? [{ userId: watch.userId, since: watch.createdAt }]
      : (watch.workspace?.members ?? []).map((member) => ({
          userId: member.userId,
          since: member.joinedAt > watch.createdAt ? member.joinedAt : watch.createdAt,
        }));
    for (const { userId, since } of watchers) {
      const known = company.since.get(userId);
      if (!known || since < known) company.since.set(userId, since);
    }
    byCik.set(watch.cik, company);
  }
  return [...byCik].map(([cik, { company, since }]) => ({
    cik,
    company,
    watchers: [...since]
      .map(([userId, at]) => ({ userId, since: at }))
      .sort((a, b) => a.since.getTime() - b.since.getTime()),
  }));
}
