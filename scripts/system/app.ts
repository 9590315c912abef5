/**
 * Starting the real app (scripts/start.mjs: build if stale, migrate, `next start`) and the
 * databases the system tests need, as child processes stopped on the way out.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort, killAllNow, startProcess, stopAll, waitForOk, type Started } from "../bench/processes";

export const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

export interface AppHandle {
  base: string;
  port: number;
  server: Started;
}

/**
 * Limits high enough that a load test measures throughput, not the per-user rate limits (which
 * the hardening test checks at their defaults).
 */
export const UNLIMITED = {
  MARGINALIA_WRITES_PER_MINUTE: "1000000",
  MARGINALIA_ANALYSES_PER_MINUTE: "10000",
  MARGINALIA_STREAMS_PER_USER: "10000",
  MARGINALIA_STREAMS_TOTAL: "100000",
} as const;

/** Starts the app on a free port with this database and waits until /api/health answers 200. */
export async function startApp(options: {
  name: string;
  dataDir: string;
  databaseUrl?: string;
  logFile: string;
  port?: number;
  /** More environment for the app (e.g. its rate limits). */
  env?: Record<string, string>;
}): Promise<AppHandle> {
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const server = startProcess({
    name: options.name,
    command: process.execPath,
    args: ["scripts/start.mjs", "-H", "127.0.0.1"],
    cwd: root,
    env: { ...appEnv(options, port), ...options.env },
    logFile: options.logFile,
  });
  await waitForOk(`${base}/api/health`, server, 10 * 60_000);
  return { base, port, server };
}

function appEnv(options: { dataDir: string; databaseUrl?: string }, port?: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MARGINALIA_DATA_DIR: options.dataDir,
    DATABASE_URL: options.databaseUrl ?? "",
    NEXT_TELEMETRY_DISABLED: "1",
    ...(port ? { PORT: String(port), MARGINALIA_URL: `http://127.0.0.1:${port}` } : {}),
  };
}

/** Migrates the database and creates `count` users with read-write tokens (see seed-users.ts). */
export async function seedUsers(options: { dataDir: string; databaseUrl?: string; count: number }) {
  const { stdout } = await promisify(execFile)(
    tsx,
    ["--conditions=react-server", "scripts/system/seed-users.ts", String(options.count)],
    { cwd: root, env: appEnv(options), timeout: 180_000, maxBuffer: 10_000_000 },
  );
  const line = stdout.trim().split("\n").pop()!;
  return JSON.parse(line) as {
    workspaceId: string;
    users: Array<{ id: string; email: string; token: string }>;
  };
}

/** A new, empty database on the PostgreSQL server `url` names; `drop()` removes it. */
export async function createScratchDatabase(url: string, name: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh folder under .test-output for one run's data and logs. */
export function runFolder(name: string): { dir: string; logFile: string } {
  const dir = path.join(root, ".test-output", `${name}-${Date.now().toString(36)}`);
  fs.mkdirSync(dir, { recursive: true });
  return { dir, logFile: path.join(dir, "processes.log") };
}

/** One named check of a system test, printed as it is decided. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export function check(checks: Check[], name: string, ok: boolean, detail: string): void {
  checks.push({ name, ok, detail });
  console.log(`  ${ok ? "✓" : "✗"} ${name}${detail ? ` — ${detail}` : ""}`);
}

/**
 * Ends a system test: prints "N passed, N failed", writes the checks as JSON when the command
 * line has `--report <file>`, and returns the exit code (0 only when every check passed).
 */
function finishChecks(checks: Check[]): number {
  const passed = checks.filter((c) => c.ok).length;
  const failed = checks.length - passed;
  const reportIndex = process.argv.indexOf("--report");
  if (reportIndex > 0)
    fs.writeFileSync(process.argv[reportIndex + 1]!, JSON.stringify({ passed, failed, checks }, null, 2));
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

/**
 * Runs a system test's parts in turn, each to the end: an exception becomes a failed check of
 * that part and the next part still runs. Every process started is stopped after each part (or
 * only at the end with `sharedProcesses`, for parts that share one server), on SIGINT and
 * SIGTERM too, and the process exits with finishChecks' code. `--only <text>` on the command
 * line runs just the parts whose name starts with it (while working on one).
 */
export function runChecks(
  parts: Array<[name: string, run: (checks: Check[]) => Promise<void>]>,
  options: { sharedProcesses?: boolean; printNames?: boolean } = {},
): void {
  const checks: Check[] = [];
  const onlyAt = process.argv.indexOf("--only");
  const only = onlyAt === -1 ? undefined : process.argv[onlyAt + 1];
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => void stopAll().finally(() => process.exit(130)));
  process.on("exit", killAllNow);
  void (async () => {
    for (const [name, run] of parts) {
      if (only && !name.startsWith(only)) continue;
      if (options.printNames) console.log(`\n${name}`);
      try {
        await run(checks);
      } catch (error) {
        check(
          checks,
          `${name} ran to the end`,
          false,
          error instanceof Error ? error.message : String(error),
        );
      }
      if (!options.sharedProcesses) await stopAll();
    }
    await stopAll();
    process.exit(finishChecks(checks));
  })();
}
