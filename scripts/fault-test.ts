/**
 * `npm run test:fault`: the app under write load survives its database going away.
 *
 * 1. PostgreSQL (a throwaway cluster of its own: initdb on a free port): writers run, the
 *    server is stopped for a few seconds and started again. During the outage every request
 *    answers 503 within a few seconds (no hang, no crash) and /api/health says so; afterwards
 *    the app recovers without a restart, and no acknowledged write is lost.
 * 2. PGlite: the app is killed with SIGKILL in the middle of writes and started again on the
 *    same folder: every acknowledged write is there, once.
 * Prints each check and ends with "N passed, N failed"; `--report <file>` writes them as JSON.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, stopAll, stopProcess } from "./bench/processes";
import { check, runChecks, runFolder, seedUsers, startApp, type Check, UNLIMITED } from "./system/app";
import { Workload, verifyAcknowledged, type Outcome } from "./system/workload";

const writers = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The PostgreSQL server binaries (Debian keeps them out of PATH). */
function postgresBin(name: string): string {
  const root = "/usr/lib/postgresql";
  const version = fs.existsSync(root)
    ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))[0]
    : undefined;
  const file = version ? path.join(root, version, "bin", name) : name;
  return fs.existsSync(file) ? file : name;
}

/** Runs a PostgreSQL tool as the postgres user when we are root (initdb refuses root). */
function asPostgres(command: string, args: string[]): string {
  const root = process.getuid?.() === 0;
  return execFileSync(root ? "runuser" : command, root ? ["-u", "postgres", "--", command, ...args] : args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 60_000,
  });
}

async function postgresOutage(checks: Check[]): Promise<void> {
  console.log("\nFault test on PostgreSQL: stop the database mid-load, start it again");
  const { dir, logFile } = runFolder("fault-postgres");
  const cluster = fs.mkdtempSync("/tmp/marginalia-pg-");
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", cluster]);
  const port = await freePort();
  const pgCtl = (action: "start" | "stop") =>
    asPostgres(postgresBin("pg_ctl"), [
      "-D",
      cluster,
      "-w",
      "-l",
      path.join(cluster, "server.log"),
      ...(action === "start"
        ? ["-o", `-p ${port} -k /tmp -c listen_addresses=127.0.0.1`, "start"]
        : ["-m", "immediate", "stop"]),
    ]);
  try {
    asPostgres(postgresBin("initdb"), ["-D", cluster, "-A", "trust", "-U", "postgres", "--no-sync"]);
    pgCtl("start");
    const database = {
      dataDir: path.join(dir, "data"),
      databaseUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    };
    const seeded = await seedUsers({ ...database, count: 4 });
    const app = await startApp({ name: "app (postgres)", ...database, logFile, env: UNLIMITED });
    const run = Date.now().toString(36);
    const workload = new Workload(app.base, seeded.users, run, 15_000);
    await workload.prepare();
    let stopped = false;
    const load = Promise.all(
      Array.from({ length: writers }, (_, index) => workload.writer(index % 4, () => stopped)),
    );

    await sleep(4_000);
    const outageStart = Date.now();
    pgCtl("stop");
    console.log("  database stopped");
    await sleep(1_500);
    const healthStarted = performance.now();
    const health = await fetch(`${app.base}/api/health`).catch(() => null);
    const healthMs = Math.round(performance.now() - healthStarted);
    const healthBody = health ? ((await health.json()) as { status?: string }) : null;
    check(
      checks,
      "postgres: health reports the outage",
      health?.status === 503 && healthBody?.status === "unavailable" && healthMs < 5_000,
      `health ${health?.status ?? "no answer"} "${healthBody?.status}" in ${healthMs} ms`,
    );
    await sleep(4_000);
    pgCtl("start");
    const outageEnd = Date.now();
    console.log(`  database started again after ${Math.round((outageEnd - outageStart) / 1000)} s`);
    await sleep(8_000);
    stopped = true;
    await load;

    // Requests answered during the outage (sent after it began, plus a second of grace for
    // those already waiting on the database when it went).
    const during = workload.outcomes.filter(
      (outcome) => outcome.at >= outageStart + 1_000 && outcome.at + outcome.ms < outageEnd,
    );
    const notServiceUnavailable = during.filter((outcome) => outcome.status !== 503);
    const slowest = Math.max(0, ...during.map((outcome) => outcome.ms));
    check(
      checks,
      "postgres: requests during the outage answer 503 within a few seconds",
      during.length > 0 && notServiceUnavailable.length === 0 && slowest < 6_000,
      `${during.length} requests, statuses ${JSON.stringify(statusCounts(during))}, slowest ${Math.round(slowest)} ms`,
    );
    const firstSuccess = workload.outcomes.find(
      (outcome) => outcome.at >= outageEnd && outcome.status === 201,
    );
    const lastSeconds = workload.outcomes.filter((outcome) => outcome.at >= outageEnd + 4_000);
    check(
      checks,
      "postgres: recovers without a restart",
      firstSuccess !== undefined &&
        lastSeconds.length > 0 &&
        lastSeconds.every((outcome) => outcome.status === 201),
      `first write acknowledged ${firstSuccess ? `${((firstSuccess.at - outageEnd) / 1000).toFixed(1)} s` : "never"} after the restart; last 4 s: ${JSON.stringify(statusCounts(lastSeconds))}`,
    );
    check(
      checks,
      "postgres: the app process did not crash",
      app.server.child.exitCode === null && app.server.child.signalCode === null,
      "",
    );
    const verdict = await verifyAcknowledged({
      base: app.base,
      users: seeded.users,
      run,
      acknowledged: workload.acknowledged,
    });
    check(
      checks,
      "postgres: no acknowledged write lost",
      workload.acknowledged.length > 0 && verdict.missing.length === 0 && verdict.duplicated.length === 0,
      `${workload.acknowledged.length} acknowledged, ${verdict.missing.length} missing, ${verdict.duplicated.length} twice, ${verdict.unacknowledged.length} stored but cut off before the answer`,
    );
    await stopProcess(app.server);
  } finally {
    await stopAll();
    try {
      pgCtl("stop");
    } catch {
      // already stopped
    }
    fs.rmSync(cluster, { recursive: true, force: true });
  }
}

async function pgliteKill(checks: Check[]): Promise<void> {
  console.log("\nFault test on PGlite: SIGKILL mid-write, start again on the same folder");
  const { dir, logFile } = runFolder("fault-pglite");
  const database = { dataDir: path.join(dir, "data") };
  try {
    const seeded = await seedUsers({ ...database, count: 4 });
    const first = await startApp({ name: "app (pglite)", ...database, logFile, env: UNLIMITED });
    const run = Date.now().toString(36);
    const workload = new Workload(first.base, seeded.users, run);
    await workload.prepare();
    let stopped = false;
    const load = Promise.all(
      Array.from({ length: writers }, (_, index) => workload.writer(index % 4, () => stopped)),
    );
    await sleep(5_000);
    // The whole process group: start.mjs and the `next start` it spawned.
    process.kill(-first.server.child.pid!, "SIGKILL");
    console.log(`  killed with SIGKILL after ${workload.acknowledged.length} acknowledged writes`);
    await first.server.exited;
    stopped = true;
    await load;
    const second = await startApp({
      env: UNLIMITED,
      name: "app (pglite, restarted)",
      ...database,
      logFile,
      port: first.port,
    });
    const verdict = await verifyAcknowledged({
      base: second.base,
      users: seeded.users,
      run,
      acknowledged: workload.acknowledged,
    });
    check(
      checks,
      "pglite: every acknowledged write survives SIGKILL",
      workload.acknowledged.length > 0 && verdict.missing.length === 0 && verdict.duplicated.length === 0,
      `${workload.acknowledged.length} acknowledged, ${verdict.missing.length} missing, ${verdict.duplicated.length} twice, ${verdict.unacknowledged.length} stored but cut off before the answer`,
    );
    const health = await fetch(`${second.base}/api/health`);
    check(checks, "pglite: healthy after the restart", health.ok, `health ${health.status}`);
    await stopProcess(second.server);
  } finally {
    await stopAll();
  }
}

function statusCounts(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
  return counts;
}

runChecks([
  ["postgres: the fault test", postgresOutage],
  ["pglite: the fault test", pgliteKill],
]);
