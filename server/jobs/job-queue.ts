import "server-only";
import PgBoss from "pg-boss";
import { getDatabase } from "@/server/db";

/** The queue of EDGAR imports. */
export const EDGAR_IMPORT_QUEUE = "edgar-import";

const globalForJobs = globalThis as unknown as {
  marginaliaJobQueue?: Promise<PgBoss>;
  marginaliaJobWorkers?: Promise<void>;
};

/**
 * The process's job queue (pg-boss, in its own `pgboss` schema, which it creates and upgrades
 * itself), started on first use. On PostgreSQL it has its own small pool, so several app
 * servers share the queue and a job runs on one of them at a time (pg-boss fetches with
 * SKIP LOCKED); on embedded PGlite (one process by design) it runs its SQL on the process's
 * one connection.
 */
export function jobQueue(): Promise<PgBoss> {
  return (globalForJobs.marginaliaJobQueue ??= (async () => {
    const connection = getDatabase().jobsConnection;
    const boss = new PgBoss({
      schema: "pgboss",
      ...("connectionString" in connection
        ? { connectionString: connection.connectionString, max: 4 }
        : { db: connection }),
      // Nothing here is scheduled by cron (yet); maintenance and monitoring as pg-boss does them.
      schedule: false,
    });
    boss.on("error", (error) => console.error(`job queue: ${error.message}`));
    await boss.start();
    await boss.createQueue(EDGAR_IMPORT_QUEUE, {
      name: EDGAR_IMPORT_QUEUE,
      // Retried 3 times, 10 s then 20 s then 40 s later; a job whose server died is taken up
      // again once its 10 minutes expire (the filing is stored in one transaction: no half filing).
      retryLimit: 3,
      retryDelay: 10,
      retryBackoff: true,
      expireInSeconds: 600,
    });
    return boss;
  })());
}

/**
 * Starts this process working on the queues (once): each server takes jobs as it has room.
 * `handlers` maps a queue to its worker.
 */
export function startJobWorkers(
  handlers: Record<string, (job: PgBoss.JobWithMetadata<unknown>) => Promise<unknown>>,
): Promise<void> {
  return (globalForJobs.marginaliaJobWorkers ??= (async () => {
    const boss = await jobQueue();
    for (const [queue, handler] of Object.entries(handlers))
      await boss.work(
        queue,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 1 },
        async ([job]) => (job ? handler(job) : undefined),
      );
  })());
}

/** Stops the queue (tests and scripts; a server keeps it for its lifetime). */
export async function stopJobQueue(): Promise<void> {
  const started = globalForJobs.marginaliaJobQueue;
  globalForJobs.marginaliaJobQueue = undefined;
  globalForJobs.marginaliaJobWorkers = undefined;
  if (started) await (await started).stop({ graceful: false, wait: true });
}
