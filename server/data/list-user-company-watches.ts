import "server-only";
import { db } from "../db";

/** The companies the user is told about: watched by them, or by a workspace they are in; by name. */
export async function listUserCompanyWatches(options: { userId: string }) {
  const watches = await db().companyWatch.findMany({
    where: {
      OR: [{ userId: options.userId }, { workspace: { members: { some: { userId: options.userId } } } }],
    },
    orderBy: { company: "asc" },
    select: { cik: true, company: true },
  });
  // Watched both ways: named once.
  return [...new Map(watches.map((watch) => [watch.cik, watch])).values()];
}
