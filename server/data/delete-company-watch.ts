import "server-only";
import { db } from "../db";

/** Ends a user's own watch of the company, or a workspace's; a watch not there is no error. */
export async function deleteCompanyWatch(options: {
  watcher: { userId: string } | { workspaceId: string };
  cik: string;
}): Promise<void> {
  await db().companyWatch.deleteMany({ where: { ...options.watcher, cik: options.cik } });
}
