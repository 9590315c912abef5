/**
 * `npm run test:load`: 50 concurrent writers create annotations and replies through the real
 * server (production build, /api/v1 with tokens) for 30 s while readers load the reader page,
 * search and list annotations. Afterwards: no 5xx and no dropped connection, and the database
 * holds exactly the acknowledged writes — each once, none lost, none unacknowledged.
 *
 * On embedded PGlite always; also on PostgreSQL when TEST_DATABASE_URL (or LOAD_DATABASE_URL)
 * names a server (a scratch database is created and dropped). LOAD_SECONDS changes the length.
 * Prints each check and ends with "N passed, N failed"; `--report <file>` writes them as JSON.
 */
import path from "node:path";
import { stopAll, stopProcess } from "./bench/processes";
import {
  check,
  createScratchDatabase,
  runChecks,
  runFolder,
  seedUsers,
  startApp,
  type Check,
  UNLIMITED,
} from "./system/app";
import { Workload, verifyAcknowledged } from "./system/workload";

const seconds = Number(process.env.LOAD_SECONDS ?? "30");
const writers = 50;
const readers = 5;
const users = 5;

async function loadRun(flavor: "pglite" | "postgres", checks: Check[]): Promise<void> {
  console.log(`\nLoad test on ${flavor}: ${writers} writers + ${readers} readers for ${seconds} s`);
  const { dir, logFile } = runFolder(`load-${flavor}`);
  const serverUrl = process.env.LOAD_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const scratch =
    flavor === "postgres"
      ? await createScratchDatabase(serverUrl!, `marginalia_load_${Date.now().toString(36)}`)
      : null;
  try {
    const database = { dataDir: path.join(dir, "data"), databaseUrl: scratch?.url };
    const seeded = await seedUsers({ ...database, count: users });
    const app = await startApp({ name: `app (${flavor})`, ...database, logFile, env: UNLIMITED });
    const run = Date.now().toString(36);
    const workload = new Workload(app.base, seeded.users, run);
    await workload.prepare();
    const deadline = Date.now() + seconds * 1000;
    const stop = () => Date.now() >= deadline;
    await Promise.all([
      ...Array.from({ length: writers }, (_, index) => workload.writer(index % users, stop)),
      ...Array.from({ length: readers }, (_, index) => workload.reader(index % users, stop)),
    ]);
    const summary = workload.summary();
    for (const [kind, stats] of Object.entries(summary))
      console.log(
        `  ${kind}: ${stats.count} requests (${(stats.count / seconds).toFixed(1)}/s), p50 ${stats.p50} ms, p95 ${stats.p95} ms, ${JSON.stringify(stats.statuses)}`,
      );
    const serverErrors = workload.outcomes.filter(
      (outcome) => outcome.status === "network" || outcome.status >= 500,
    );
    check(
      checks,
      `${flavor}: no 5xx and no dropped connection`,
      serverErrors.length === 0,
      `${workload.outcomes.length} requests, ${serverErrors.length} failed`,
    );
    const clientErrors = workload.outcomes.filter(
      (outcome) => typeof outcome.status === "number" && outcome.status >= 400 && outcome.status < 500,
    );
    check(checks, `${flavor}: no request refused`, clientErrors.length === 0, `${clientErrors.length} 4xx`);
    const acknowledged = workload.acknowledged;
    const verdict = await verifyAcknowledged({ base: app.base, users: seeded.users, run, acknowledged });
    check(
      checks,
      `${flavor}: every acknowledged write stored exactly once`,
      acknowledged.length > 0 &&
        verdict.missing.length === 0 &&
        verdict.duplicated.length === 0 &&
        verdict.unacknowledged.length === 0,
      `${acknowledged.length} acknowledged (${acknowledged.filter((write) => write.kind === "reply").length} replies), ${verdict.stored} stored, ${verdict.missing.length} missing, ${verdict.duplicated.length} twice, ${verdict.unacknowledged.length} unacknowledged`,
    );
    const health = await fetch(`${app.base}/api/health`);
    check(checks, `${flavor}: healthy afterwards`, health.ok, `health ${health.status}`);
    await stopProcess(app.server);
  } finally {
    await stopAll();
    await scratch?.drop().catch(() => undefined);
  }
}

const flavors: Array<"pglite" | "postgres"> = ["pglite"];
if (process.env.LOAD_DATABASE_URL || process.env.TEST_DATABASE_URL) flavors.push("postgres");
runChecks(
  flavors.map((flavor) => [`${flavor}: the load run`, (checks: Check[]) => loadRun(flavor, checks)] as const),
);
