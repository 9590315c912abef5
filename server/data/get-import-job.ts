import "server-only";
import { db } from "../db";

/** An EDGAR import job: its requester's (`userId`), or any (the worker, with no `userId`); null if none. */
export async function getImportJob(options: { id: string; userId?: string }) {
  return db().importJob.findFirst({
    where: { id: options.id, ...(options.userId === undefined ? {} : { userId: options.userId }) },
  });
}

export type ImportJobRow = NonNullable<Awaited<ReturnType<typeof getImportJob>>>;
