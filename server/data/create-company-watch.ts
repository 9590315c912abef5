import "server-only";
import { db } from "../db";

/**
 * Starts a watch of the company (`cik`, ten digits) by a user for themselves, or for a
 * workspace (`workspaceId`); starting one already there changes nothing.
 */
export async function createCompanyWatch(options: {
  watcher: { userId: string } | { workspaceId: string };
  cik: string;
  company: string;
}): Promise<void> {
  const { watcher, cik, company } = options;
  await db().companyWatch.upsert({
    where:
      "userId" in watcher
        ? { userId_cik: { userId: watcher.userId, cik } }
        : { workspaceId_cik: { workspaceId: watcher.workspaceId, cik } },
    create: { ...watcher, cik, company },
    update: {},
  });
}
