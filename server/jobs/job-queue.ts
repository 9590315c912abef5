import "server-only";
import PgBoss from "pg-boss";
import { getDatabase } from "@/server/db";
import { env } from "@/server/env";
import type { NoteEmailJob } from "@/server/mail/note-email-job";

/** The queue of EDGAR imports. */
export const EDGAR_IMPORT_QUEUE = "edgar-import";
/**
 * The checks of watched companies: "stately", so however many servers start or reschedule it,
 * at most one check waits and one runs at a time.
 */
export const EDGAR_WATCH_QUEUE = "edgar-watch";
/**
 * Filings to analyse again after an analyzer upgrade, one job each: "short", so a filing
 * waits in it once however many servers start and queue it.
 */
export const REANALYSIS_QUEUE = "reanalyse-filing";

/** Emails about notes (mentions, follows), one job per email, retried while the mail server is down. */
export const NOTE_EMAIL_QUEUE = "note-email";

/**
 * Filings without inline XBRL to give the facts EDGAR's companyfacts holds for them, one job
 * each: "short", so a filing waits in it once however often it is asked for.
 */
export const COMPANY_FACTS_QUEUE = "company-facts";

const globalForJobs = globalThis as unknown as {
  marginaliaJobQueue?: Promise<PgBoss>;
  marginaliaJobWorkers?: Promise<void>;
};

/**
 * Creates the queue, or brings an existing one's settings up to these (pg-boss creates a queue
 * once and keeps its first settings; the timeout may have been changed since).
 */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  await boss.createQueue(queue.name, queue);
  await boss.updateQueue(queue.name, queue);
}

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
    const timeout = env.MARGINALIA_JOB_TIMEOUT_SECONDS;
    const boss = new PgBoss({
      schema: "pgboss",
      ...("connectionString" in connection
        ? { connectionString: connection.connectionString, max: 4 }
        : { db: connection }),
      // The watch check reschedules itself (a delayed job) rather than by cron, which counts
      // whole minutes only.
      schedule: false,
      // Jobs past their time are found (and retried) within a fraction of it.
      maintenanceIntervalSeconds: Math.max(1, Math.min(120, Math.floor(timeout / 4))),
    });
    boss.on("error", (error) => console.error(`job queue: ${error.message}`));
    await boss.start();
    try {
      await ensureQueues(boss, timeout);
    } catch (error) {
      // A queue that could not be set up is not kept: stopped, and the next use starts again.
      globalForJobs.marginaliaJobQueue = undefined;
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    return boss;
  })());
}

/** Creates or updates the queues this app uses, with their retry and expiry policies. */
async function ensureQueues(boss: PgBoss, timeout: number): Promise<void> {
  await ensureQueue(boss, {
    name: EDGAR_IMPORT_QUEUE,
    // Retried 3 times, 10 s then 20 s then 40 s later; a job whose server died is taken up
    // again once its time runs out (the filing is stored in one transaction: no half filing).
    retryLimit: 3,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: timeout,
  });
  await ensureQueue(boss, {
    name: EDGAR_WATCH_QUEUE,
    policy: "stately",
    retryLimit: 2,
    retryDelay: 30,
    expireInSeconds: timeout,
  });
  await ensureQueue(boss, {
    name: REANALYSIS_QUEUE,
    policy: "short",
    retryLimit: 2,
    retryDelay: 30,
    expireInSeconds: timeout,
  });
  await ensureQueue(boss, {
    name: NOTE_EMAIL_QUEUE,
    // A mail server down for a while: tried again 1, 2, 4… minutes later, for about an hour.
    retryLimit: 6,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: Math.min(timeout, 300),
  });
  await ensureQueue(boss, {
    name: COMPANY_FACTS_QUEUE,
    policy: "short",
    // EDGAR down for a while: tried again 1, 2, 4 minutes later, then left (the import stands).
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: timeout,
  });
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

/**
 * Queues a check of the watched companies to start in `afterSeconds`, unless one is already
 * waiting (the queue is stately: one waiting, one running, across every server).
 */
export async function scheduleWatchCheck(options: { afterSeconds: number }): Promise<void> {
  const boss = await jobQueue();
  await boss.send(EDGAR_WATCH_QUEUE, {}, { startAfter: options.afterSeconds });
}

/** Queues these filings to be analysed again (each once, whoever else queued it). */
export async function queueReanalyses(options: { filingIds: string[] }): Promise<void> {
  const boss = await jobQueue();
  for (const filingId of options.filingIds)
    await boss.send(REANALYSIS_QUEUE, { filingId }, { singletonKey: filingId });
}

/** Queues a filing to be given the facts EDGAR's companyfacts holds for it (once, whoever else queued it). */
export async function queueCompanyFacts(options: { filingId: string }): Promise<void> {
  const boss = await jobQueue();
  await boss.send(COMPANY_FACTS_QUEUE, { filingId: options.filingId }, { singletonKey: options.filingId });
}

/** Queues emails about notes, one job each (see deliverNoteEmail for what decides at sending). */
export async function queueNoteEmails(options: { emails: NoteEmailJob[] }): Promise<void> {
  if (options.emails.length === 0) return;
  const boss = await jobQueue();
  // send, not insert: each job takes the queue's retry settings.
  for (const data of options.emails) await boss.send(NOTE_EMAIL_QUEUE, data);
}

/** Stops the queue (tests and scripts; a server keeps it for its lifetime). */
export async function stopJobQueue(): Promise<void> {
  const started = globalForJobs.marginaliaJobQueue;
  globalForJobs.marginaliaJobQueue = undefined;
  globalForJobs.marginaliaJobWorkers = undefined;
  if (started) await (await started).stop({ graceful: false, wait: true });
}
