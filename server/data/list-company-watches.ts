import "server-only";
import { db } from "../db";

/**
 * Who of these watches the company (`cik`, ten digits): the user themselves, and which of
 * their workspaces.
 */
export async function listCompanyWatches(options: { userId: string; workspaceIds: string[]; cik: string }) {
  const watches = await db().companyWatch.findMany({
    where: {
      cik: options.cik,
      OR: [{ userId: options.userId }, { workspaceId: { in: options.workspaceIds } }],
    },
    select: { userId: true, workspaceId: true },
  });
  return {
    mine: watches.some((watch) => watch.userId === options.userId),
    workspaceIds: watches.flatMap((watch) => (watch.workspaceId ? [watch.workspaceId] : [])),
  };
}
