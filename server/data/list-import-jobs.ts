import "server-only";
import { db } from "../db";

/** A user's newest EDGAR import jobs, newest first; with `unfinished`, only those still going. */
export async function listImportJobs(options: { userId: string; limit: number; unfinished?: boolean }) {
  return db().importJob.findMany({
    where: {
      userId: options.userId,
      ...(options.unfinished ? { state: { in: ["queued", "running", "retrying"] } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: options.limit,
    select: { id: true, input: true, label: true, form: true, createdAt: true },
  });
}
