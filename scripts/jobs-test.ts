/**
 * Background jobs across whole app servers on one PostgreSQL database, against the fake EDGAR:
 *
 * 1. A server killed (SIGKILL) in the middle of an import: the job is taken up again by the
 *    server started after it, once its time (MARGINALIA_JOB_TIMEOUT_SECONDS) has run out, and
 *    ends with exactly one copy of the filing — nothing half stored.
 * 2. Two servers sharing the queue, 20 imports asked of both: every job runs once (one attempt,
 *    each document downloaded once), and the throughput is printed.
 *
 * Needs a PostgreSQL server: JOBS_DATABASE_URL or TEST_DATABASE_URL (a scratch database is
 * created there and dropped). Prints each check and ends with "N passed, N failed";
 * `--report <file>` writes them as JSON. `npm test` runs it when TEST_DATABASE_URL is set.
 */
import path from "node:path";
import pg from "pg";
import { startFakeEdgar, type FakeEdgar } from "@/server/testing/fake-edgar";
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
/** BetterLife's 20-F on the fake EDGAR. */
const BETTERLIFE_DOCUMENT = "/Archives/edgar/data/1464165/000146416525999999/betterlife-20f-fy2025.htm";
const BETTERLIFE_ACCESSION = "0001464165-25-999999";

interface Job {
  id: string;
  state: string;
  stage: string;
  attempts: number;
  message: string | null;
  filings: Array<{ slug: string }>;
}

async function main(checks: Check[]): Promise<void> {
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
    const token = users[0]!.token;
    const start = (name: string) =>
      startApp({
        name,
        dataDir: path.join(dir, name.replace(/\W+/g, "-")),
        databaseUrl: scratch.url,
        logFile,
        env: {
          ...UNLIMITED,
          MARGINALIA_EDGAR_WWW: fake.url,
          MARGINALIA_EDGAR_DATA: fake.url,
          MARGINALIA_EDGAR_USER_AGENT: "Marginalia jobs test jobs@marginalia.example",
          MARGINALIA_EDGAR_POLL: "off",
          MARGINALIA_JOB_TIMEOUT_SECONDS: String(JOB_TIMEOUT_SECONDS),
        },
      });
    const api = (app: AppHandle) => ({
      ask: async (body: object) => {
        const response = await fetch(`${app.base}/api/v1/filings`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        return { status: response.status, job: (await response.json()) as Job };
      },
      job: async (id: string) =>
        (await (
          await fetch(`${app.base}/api/v1/jobs/${id}`, { headers: { authorization: `Bearer ${token}` } })
        ).json()) as Job,
    });
    /** Asks until the job has ended (done or failed), or `timeoutMs` passed. */
    const ended = async (app: AppHandle, id: string, timeoutMs: number): Promise<Job> => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const job = await api(app).job(id);
        if (job.state === "done" || job.state === "failed" || Date.now() > deadline) return job;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    const copies = async (accession: string) =>
      Number(
        (
          await database.query<{ count: string }>(
            `SELECT count(*) FROM "Filing" WHERE "accessionNumber" = $1`,
            [accession],
          )
        ).rows[0]!.count,
      );

    await killedMidImport(checks, { fake, start, api, ended, copies });
    await twoServers(checks, { fake, start, api, ended, copies });
  } finally {
    await database.end().catch(() => undefined);
    await fake.close();
    await scratch.drop().catch(() => undefined);
  }
}

interface Tools {
  fake: FakeEdgar;
  start: (name: string) => Promise<AppHandle>;
  api: (app: AppHandle) => {
    ask: (body: object) => Promise<{ status: number; job: Job }>;
    job: (id: string) => Promise<Job>;
  };
  ended: (app: AppHandle, id: string, timeoutMs: number) => Promise<Job>;
  copies: (accession: string) => Promise<number>;
}

async function killedMidImport(checks: Check[], { fake, start, api, ended, copies }: Tools) {
  const a = await start("app A");
  const held = fake.holdNext(BETTERLIFE_DOCUMENT);
  const asked = await api(a).ask({ edgar: "1464165", form: "20-F" });
  check(
    checks,
    "an import asked of server A is accepted (202)",
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
    "server A is killed while the job downloads the filing",
    during.state === "running" && during.stage === "downloading",
    `${during.state}, ${during.stage}`,
  );
  const nothingYet = await copies(BETTERLIFE_ACCESSION);

  const b = await start("app B");
  const started = performance.now();
  const job = await ended(b, asked.job.id, (JOB_TIMEOUT_SECONDS + 120) * 1000);
  const seconds = (performance.now() - started) / 1000;
  const stored = await copies(BETTERLIFE_ACCESSION);
  const downloads = fake.requests.filter((request) => request.path === BETTERLIFE_DOCUMENT).length;
  check(
    checks,
    "the job is taken up again by server B after the timeout and finishes",
    job.state === "done" && job.attempts === 2 && job.filings.length === 1,
    `${job.state} after ${job.attempts} attempts, ${seconds.toFixed(1)} s after B started; ${job.message ?? ""}`,
  );
  check(
    checks,
    "no half filing: none while A was dead, exactly one copy after",
    nothingYet === 0 && stored === 1 && downloads === 2,
    `${nothingYet} then ${stored} copies; the document was downloaded ${downloads} times`,
  );
  await stopProcess(b.server);
}

async function twoServers(checks: Check[], { fake, start, api, ended, copies }: Tools) {
  const published = await Promise.all(
    Array.from({ length: JOBS }, () => fake.publish({ cik: "717423", form: "10-K" })),
  );
  const c = await start("app C");
  const d = await start("app D");
  const started = performance.now();
  // Each filing by its document's link, half asked of each server.
  const asked = await Promise.all(
    published.map((filing, index) =>
      api(index % 2 === 0 ? c : d).ask({
        edgar: `${fake.url}/Archives/edgar/data/${filing.cik}/${filing.accession.replace(/-/g, "")}/${filing.primaryDocument}`,
      }),
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
    (filing) => fake.requests.filter((request) => request.path.endsWith(`/${filing.primaryDocument}`)).length,
  );
  const stored = await Promise.all(published.map((filing) => copies(filing.accession)));
  check(
    checks,
    "each job ran once: one attempt, one download, one copy of its filing",
    attempts.every((n) => n === 1) && downloads.every((n) => n === 1) && stored.every((n) => n === 1),
    `attempts ${attempts.join(",")}; downloads ${downloads.join(",")}; copies ${stored.join(",")}`,
  );
}

runChecks([["the jobs test", main]]);
