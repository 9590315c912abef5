/**
 * Background jobs across whole app servers on one PostgreSQL database, against the fake EDGAR:
 *
 * 1. A server killed (SIGKILL) in the middle of an import: the job is taken up again by the
 *    server started after it, once its time (MARGINALIA_JOB_TIMEOUT_SECONDS) has run out, and
 *    ends with exactly one copy of the filing — nothing half stored. On embedded PGlite (the
 *    next server on the same folder) and on PostgreSQL.
 * 2. Two servers sharing the queue on PostgreSQL, 20 imports asked of both: every job runs once (one attempt,
 *    each document downloaded once), and the throughput is printed.
 *
 * The PostgreSQL part needs a server: JOBS_DATABASE_URL or TEST_DATABASE_URL (a scratch
 * database is created there and dropped). Prints each check and ends with "N passed, N failed";
 * `--report <file>` writes them as JSON. `npm test` runs it when TEST_DATABASE_URL is set.
 */
import path from "node:path";
import pg from "pg";
import { startFakeEdgar, type FakeEdgar, type PublishedFiling } from "@/server/testing/fake-edgar";
import { stopProcess } from "./bench/processes";
import {
  check,
  createScratchDatabase,
  runChecks,
  runFolder,
  seedUsers,
  startApp,
  type AppHandle,
  type Check,
  UNLIMITED,
} from "./system/app";

/** Short, so a dead server's job is taken up within the test; far longer than a small import. */
const JOB_TIMEOUT_SECONDS = 20;
const JOBS = 20;
/** Murphy Oil: the company whose new filings the fake EDGAR publishes here. */
const MURPHY = "717423";

/** A published filing's document, as a path on EDGAR. */
const documentPath = (filing: PublishedFiling) =>
  `/Archives/edgar/data/${filing.cik}/${filing.accession.replace(/-/g, "")}/${filing.primaryDocument}`;

interface Job {
  id: string;
  state: string;
  stage: string;
  attempts: number;
  message: string | null;
  filings: Array<{ slug: string }>;
}

interface Tools {
  fake: FakeEdgar;
  start: (name: string) => Promise<AppHandle>;
  api: (app: AppHandle) => {
    ask: (body: object) => Promise<{ status: number; job: Job }>;
    job: (id: string) => Promise<Job>;
  };
  ended: (app: AppHandle, id: string, timeoutMs: number) => Promise<Job>;
  /** Copies of this filing in the library (asked of `app` when the database has no other door). */
  copies: (filing: PublishedFiling, app: AppHandle) => Promise<number>;
}

/** Servers on one database (`databaseUrl`, or one PGlite folder) for a user's token, and the fake EDGAR. */
function tools(options: {
  fake: FakeEdgar;
  token: string;
  logFile: string;
  dataDir: (name: string) => string;
  databaseUrl?: string;
  copies: Tools["copies"];
}): Tools {
  const { fake, token } = options;
  const api: Tools["api"] = (app) => ({
    ask: async (body) => {
      const response = await fetch(`${app.base}/api/v1/filings`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: response.status, job: (await response.json()) as Job };
    },
    job: async (id) =>
      (await (
        await fetch(`${app.base}/api/v1/jobs/${id}`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as Job,
  });
  return {
    fake,
    api,
    copies: options.copies,
    start: (name) =>
      startApp({
        name,
        dataDir: options.dataDir(name),
        databaseUrl: options.databaseUrl,
        logFile: options.logFile,
        env: {
          ...UNLIMITED,
          MARGINALIA_EDGAR_WWW: fake.url,
          MARGINALIA_EDGAR_DATA: fake.url,
          MARGINALIA_EDGAR_USER_AGENT: "Marginalia jobs test jobs@marginalia.example",
          MARGINALIA_EDGAR_POLL: "off",
          MARGINALIA_JOB_TIMEOUT_SECONDS: String(JOB_TIMEOUT_SECONDS),
        },
      }),
    ended: async (app, id, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const job = await api(app).job(id);
        if (job.state === "done" || job.state === "failed" || Date.now() > deadline) return job;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
  };
}

/** Embedded PGlite: one server at a time on its folder; the next, started after a kill, finishes the job. */
async function onPglite(checks: Check[]): Promise<void> {
  const { dir, logFile } = runFolder("jobs-pglite");
  const dataDir = path.join(dir, "pglite");
  const fake = await startFakeEdgar();
  try {
    const { users } = await seedUsers({ dataDir, count: 1 });
    const token = users[0]!.token;
    const pglite = tools({
      fake,
      token,
      logFile,
      dataDir: () => dataDir,
      // A fresh library: its Murphy Oil filings are the copies of the one imported here.
      copies: async (_filing, app) => {
        const listed = (await (
          await fetch(`${app.base}/api/v1/filings`, { headers: { authorization: `Bearer ${token}` } })
        ).json()) as { items: Array<{ company: string }> };
        return listed.items.filter((item) => item.company === "MURPHY OIL CORP").length;
      },
    });
    await killedMidImport(checks, pglite, "PGlite");
  } finally {
    await fake.close();
  }
}

async function onPostgres(checks: Check[]): Promise<void> {
  const serverUrl = process.env.JOBS_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("Set TEST_DATABASE_URL (or JOBS_DATABASE_URL) to a PostgreSQL server.");
  const { dir, logFile } = runFolder("jobs");
  const scratch = await createScratchDatabase(serverUrl, `marginalia_jobs_${Date.now().toString(36)}`);
  const fake = await startFakeEdgar();
  const database = new pg.Pool({ connectionString: scratch.url, max: 4 });
  try {
    const { users } = await seedUsers({
      dataDir: path.join(dir, "data"),
      databaseUrl: scratch.url,
      count: 1,
    });
    const postgres = tools({
      fake,
      token: users[0]!.token,
      logFile,
      dataDir: (name) => path.join(dir, name.replace(/\W+/g, "-")),
      databaseUrl: scratch.url,
      copies: async (filing) =>
        Number(
          (
            await database.query<{ count: string }>(
              `SELECT count(*) FROM "Filing" WHERE "accessionNumber" = $1`,
              [filing.accession],
            )
          ).rows[0]!.count,
        ),
    });
    await killedMidImport(checks, postgres, "PostgreSQL");
    await twoServers(checks, postgres);
  } finally {
    await database.end().catch(() => undefined);
    await fake.close();
    await scratch.drop().catch(() => undefined);
  }
}

async function killedMidImport(
  checks: Check[],
  { fake, start, api, ended, copies }: Tools,
  database: string,
): Promise<void> {
  const filing = await fake.publish({ cik: MURPHY, form: "10-K" });
  const document = documentPath(filing);
  const a = await start("app A");
  const held = fake.holdNext(document);
  const asked = await api(a).ask({ edgar: `${fake.url}${document}` });
  check(
    checks,
    `${database}: an import asked of server A is accepted (202)`,
    asked.status === 202,
    `status ${asked.status}`,
  );
  await Promise.race([
    held.reached,
    new Promise((_, reject) => setTimeout(() => reject(new Error("A never asked for the document")), 60_000)),
  ]);
  const during = await api(a).job(asked.job.id);
  // SIGKILL: no goodbye, the job stays active in the queue with its server gone.
  process.kill(-a.server.child.pid!, "SIGKILL");
  await a.server.exited;
  held.release();
  check(
    checks,
    `${database}: server A is killed while the job downloads the filing`,
    during.state === "running" && during.stage === "downloading",
    `${during.state}, ${during.stage}`,
  );

  const b = await start("app B");
  const before = await copies(filing, b);
  const started = performance.now();
  const job = await ended(b, asked.job.id, (JOB_TIMEOUT_SECONDS + 120) * 1000);
  const seconds = (performance.now() - started) / 1000;
  const stored = await copies(filing, b);
  const downloads = fake.requests.filter((request) => request.path === document).length;
  check(
    checks,
    `${database}: the job is taken up again by server B after the timeout and finishes`,
    job.state === "done" && job.attempts === 2 && job.filings.length === 1,
    `${job.state} after ${job.attempts} attempts, ${seconds.toFixed(1)} s after B started; ${job.message ?? ""}`,
  );
  check(
    checks,
    `${database}: no half filing — none before the retry, exactly one copy after`,
    before === 0 && stored === 1 && downloads === 2,
    `${before} then ${stored} copies; the document was downloaded ${downloads} times`,
  );
  await stopProcess(b.server);
}

async function twoServers(checks: Check[], { fake, start, api, ended, copies }: Tools) {
  const published = await Promise.all(
    Array.from({ length: JOBS }, () => fake.publish({ cik: MURPHY, form: "10-K" })),
  );
  const c = await start("app C");
  const d = await start("app D");
  const started = performance.now();
  // Each filing by its document's link, half asked of each server.
  const asked = await Promise.all(
    published.map((filing, index) =>
      api(index % 2 === 0 ? c : d).ask({ edgar: `${fake.url}${documentPath(filing)}` }),
    ),
  );
  check(
    checks,
    `${JOBS} imports asked of two servers are accepted (202)`,
    asked.every((each) => each.status === 202),
    asked.map((each) => each.status).join(" "),
  );
  const jobs = await Promise.all(asked.map((each) => ended(c, each.job.id, 300_000)));
  const seconds = (performance.now() - started) / 1000;
  const done = jobs.filter((job) => job.state === "done").length;
  console.log(
    `  ${done} of ${JOBS} imports done in ${seconds.toFixed(1)} s on two servers: ${(done / seconds).toFixed(2)} filings/s`,
  );
  check(checks, `all ${JOBS} jobs finish`, done === JOBS, `${done} done in ${seconds.toFixed(1)} s`);
  const attempts = jobs.map((job) => job.attempts);
  const downloads = published.map(
    (filing) => fake.requests.filter((request) => request.path === documentPath(filing)).length,
  );
  const stored = await Promise.all(published.map((filing) => copies(filing, c)));
  check(
    checks,
    "each job ran once: one attempt, one download, one copy of its filing",
    attempts.every((n) => n === 1) && downloads.every((n) => n === 1) && stored.every((n) => n === 1),
    `attempts ${attempts.join(",")}; downloads ${downloads.join(",")}; copies ${stored.join(",")}`,
  );
}

runChecks([
  ["on embedded PGlite", onPglite],
  ["on PostgreSQL", onPostgres],
]);
