import "server-only";
import { db } from "../db";

/** A user's newest EDGAR import jobs, newest first. */
export async function listImportJobs(options: { userId: string; limit: number }) {
  return db().importJob.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "desc" },
    take: options.limit,
    select: { id: true, input: true, label: true, form: true, createdAt: true },
  });
}
