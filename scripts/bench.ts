/**
 * `npm run bench`: how fast the reader serves and renders, on the production build, on
 * loopback only, in a few minutes.
 *
 * 1. Seeds the ~500 KB filing into a fresh PGlite folder under .bench/ (scripts/bench-seed.ts,
 *    its own process: PGlite allows one process per folder), then runs `node scripts/start.mjs`
 *    on it (builds if needed, migrates, loads the sample filing, serves).
 * 2. Server time of /filings/<slug> for the sample and the 500 KB filing: sequential requests
 *    (time to last byte) and autocannon at 1 and 10 connections, beside the same HTML served by
 *    a plain node:http server (scripts/bench/static-server.ts, page held in memory). The
 *    headline is the p50 ratio reader/static.
 * 3. In headless Chromium: JavaScript shipped (every script response, gzipped one by one at
 *    level 9; the route's own apart from chunks next/link prefetches for linked routes), HTML
 *    size, Largest Contentful Paint and time to interactive (median of 5 loads each).
 * 4. Prints one table and writes it as JSON to .bench/results-<stamp>.json and .bench/latest.json.
 *
 * Over-budget rows are reported, not failures: the exit code is 1 only when something broke.
 * Every process it starts is stopped on the way out, on error and on SIGINT/SIGTERM too.
 * BENCH_KEEP_DATA=1 keeps the run's data folder (.bench/data-<stamp>/).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import {
  launchBrowser,
  measureInteractive,
  measurePageWeight,
  measurePaint,
  type Interactivity,
  type PaintTiming,
} from "./bench/browser";
import { benchFilings, largeFiling, sampleFiling } from "./bench/filings";
import { getOnce, measureLoad, measureSequential } from "./bench/http";
import {
  freePort,
  killAllNow,
  nextBuildRunning,
  runToCompletion,
  startProcess,
  stopAll,
  stopProcess,
  waitForOk,
} from "./bench/processes";
import { errorRow, formatTable, row, writeResults, type Budget, type Row } from "./bench/report";
import { summarize } from "./bench/stats";

const root = path.resolve(import.meta.dirname, "..");
const benchDir = path.join(root, ".bench");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/** Sized so that a run takes about 3 minutes on 2 cores once the app is built. */
const config = {
  warmUp: 5,
  sequentialRuns: 50,
  loadSeconds: 5,
  connections: [1, 10],
  browserLoads: 5,
};

const budgets = {
  ratioSample: { op: "<=", limit: 3 },
  jsGzipKB: { op: "<", limit: 150 },
  lcpSampleMs: { op: "<", limit: 1000 },
} satisfies Record<string, Budget>;

const startedAt = new Date();
const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
const logFile = path.join(benchDir, `run-${stamp}.log`);
/**
 * This run's folder, removed at the end unless BENCH_KEEP_DATA is set. PGlite lives one level
 * down because the app keeps files beside its data folder (server/secret.ts: auth-secret).
 */
const runDir = path.join(benchDir, `data-${stamp}`);
const dataDir = path.join(runDir, "pglite");
const rows: Row[] = [];
const details: Record<string, unknown> = {};
let browser: Browser | undefined;

function step(message: string): void {
  const seconds = Math.round((Date.now() - startedAt.getTime()) / 1000);
  console.log(`[${String(seconds).padStart(3)} s] ${message}`);
}

/** Runs one measurement; a failure becomes an error row instead of ending the run. */
async function attempt(
  name: string,
  unit: Row["unit"],
  measure: () => Promise<void>,
  budget?: Budget,
): Promise<void> {
  try {
    await measure();
  } catch (error) {
    if (stopping) throw error; // interrupted: the browser and servers are going away on purpose
    console.error(`  ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    rows.push(errorRow(name, unit, error, budget ?? null));
  }
}

const kb = (bytes: number) => bytes / 1024;

/** Set by a signal handler: the run is being interrupted. */
let stopping = false;
let buildIdAtStart = "";
let buildChanged: string | undefined;
function readBuildId(): string {
  try {
    return fs.readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "(none)";
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(benchDir, { recursive: true });
  const htmlDir = path.join(benchDir, "html");
  fs.mkdirSync(htmlDir, { recursive: true });
  // Always embedded PGlite in a folder of our own: never a developer's data or server.
  const env = {
    ...process.env,
    MARGINALIA_DATA_DIR: dataDir,
    DATABASE_URL: "",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  step(`logs of the processes started: ${path.relative(root, logFile)}`);

  try {
    // 1. Database first (its own process, which exits), then the server on the same folder.
    step(`seeding ${largeFiling.slug} into ${path.relative(root, dataDir)}`);
    await runToCompletion({
      name: "bench-seed",
      command: bin("tsx"),
      args: ["--conditions=react-server", "scripts/bench-seed.ts"],
      cwd: root,
      env,
      logFile,
      timeoutMs: 120_000,
    });

    const appPort = await freePort();
    const app = `http://127.0.0.1:${appPort}`;
    await startApp(app, appPort, env);
    buildIdAtStart = readBuildId();
    step(`app is up (build ${buildIdAtStart})`);

    // Each reader page once: it must be a real 200 page, and it is what the static server serves.
    const htmlFiles = new Map<string, string>();
    for (const filing of benchFilings) {
      const { status, body } = await getOnce(`${app}/filings/${filing.slug}`);
      if (status !== 200 || !body.includes("data-reader-article"))
        throw new Error(`/filings/${filing.slug} answered ${status} without the reader article`);
      const file = path.join(htmlDir, `${filing.slug}.html`);
      fs.writeFileSync(file, body);
      htmlFiles.set(filing.slug, file);
    }

    const staticPort = await freePort();
    const baseline = `http://127.0.0.1:${staticPort}`;
    const staticServer = startProcess({
      name: "static server",
      command: process.execPath,
      args: [
        "--import",
        "tsx",
        "scripts/bench/static-server.ts",
        String(staticPort),
        ...[...htmlFiles].map(([slug, file]) => `/filings/${slug}=${file}`),
      ],
      cwd: root,
      env,
      logFile,
    });
    await waitForOk(`${baseline}/filings/${sampleFiling.slug}`, staticServer, 30_000);

    // 2. Server time, the app beside the static baseline.
    for (const filing of benchFilings) {
      const route = `/filings/${filing.slug}`;
      const label = filing.label;
      step(`${route}: ${config.sequentialRuns} sequential requests: app, static, app gzipped`);
      const sequential: Record<string, Awaited<ReturnType<typeof measureSequential>>> = {};
      for (const [target, base] of [
        ["reader", app],
        ["static", baseline],
      ] as const) {
        const name = `${target} ${label}: sequential TTLB`;
        await attempt(name, "ms", async () => {
          const result = await measureSequential(base + route, config.warmUp, config.sequentialRuns);
          sequential[target] = result;
          rows.push(row({ name, p50: result.p50, p95: result.p95, mean: result.mean, unit: "ms" }));
        });
      }
      const ratioBudget = filing === sampleFiling ? budgets.ratioSample : undefined;
      const ratioName = `reader/static p50 ratio (${label})`;
      if (sequential.reader && sequential.static)
        rows.push(
          row({
            name: ratioName,
            p50: sequential.reader.p50 / sequential.static.p50,
            unit: "x",
            budget: ratioBudget,
          }),
        );
      else rows.push(errorRow(ratioName, "x", "a sequential run failed", ratioBudget));
      // What browsers get: the app gzips each response as it sends it (the ratio above has none).
      const gzipName = `reader ${label}: sequential TTLB, Accept-Encoding: gzip`;
      await attempt(gzipName, "ms", async () => {
        const result = await measureSequential(app + route, config.warmUp, config.sequentialRuns, {
          "accept-encoding": "gzip",
        });
        sequential.readerGzip = result;
        rows.push(row({ name: gzipName, p50: result.p50, p95: result.p95, mean: result.mean, unit: "ms" }));
      });
      details[`sequential ${filing.slug}`] = sequential;

      for (const connections of config.connections) {
        for (const [target, base] of [
          ["reader", app],
          ["static", baseline],
        ] as const) {
          step(`${route}: autocannon ${target}, ${connections} connection(s), ${config.loadSeconds} s`);
          const name = `${target} ${label}: autocannon c=${connections} latency (tail = p97.5)`;
          await attempt(name, "ms", async () => {
            const load = await measureLoad(base + route, connections, config.loadSeconds);
            details[`autocannon ${target} ${filing.slug} c=${connections}`] = load;
            const note =
              load.errors || load.non2xx ? `${load.errors} errors, ${load.non2xx} non-2xx` : undefined;
            rows.push(
              row({
                name,
                p50: load.latencyP50,
                p95: load.latencyP975,
                mean: load.latencyMean,
                unit: "ms",
                note,
              }),
              row({
                name: `${target} ${label}: autocannon c=${connections} throughput`,
                p50: load.requestsPerS,
                unit: "req/s",
              }),
            );
          });
        }
      }
    }
    // The baseline is done: give its CPU back before the browser runs.
    await stopProcess(staticServer);

    // 3. and 4. In the browser, against the warm app.
    step("launching headless Chromium");
    browser = await launchBrowser();
    const liveBrowser = browser;
    for (const filing of benchFilings) {
      const url = `${app}/filings/${filing.slug}`;
      const label = filing.label;
      step(`${url}: JavaScript and HTML shipped`);
      await attempt(`JS shipped ${label} (gzip)`, "KB", async () => {
        const weight = await measurePageWeight(liveBrowser, url);
        details[`weight ${filing.slug}`] = weight;
        const own = weight.scripts.filter((script) => script.ownRoute).length;
        rows.push(
          row({
            name: `JS shipped ${label} (gzip, ${own} scripts the page names)`,
            p50: kb(weight.jsGzip),
            unit: "KB",
            budget: budgets.jsGzipKB,
          }),
          row({ name: `JS shipped ${label} (raw)`, p50: kb(weight.jsRaw), unit: "KB" }),
          row({
            name: `JS prefetched for linked routes ${label} (gzip, ${weight.scripts.length - own} scripts)`,
            p50: kb(weight.prefetchedGzip),
            unit: "KB",
          }),
          row({ name: `HTML document ${label} (raw)`, p50: kb(weight.htmlRaw), unit: "KB" }),
          row({ name: `HTML document ${label} (gzip)`, p50: kb(weight.htmlGzip), unit: "KB" }),
          row({
            name: `  of which inline <script> (RSC payload, raw)`,
            p50: kb(weight.inlineScriptRaw),
            unit: "KB",
          }),
        );
      });

      step(`${url}: LCP and time to interactive, ${config.browserLoads} fresh loads each`);
      const lcpBudget = filing === sampleFiling ? budgets.lcpSampleMs : undefined;
      await attempt(
        `LCP ${label}`,
        "ms",
        async () => {
          const paints: PaintTiming[] = [];
          for (let i = 0; i < config.browserLoads; i++) paints.push(await measurePaint(liveBrowser, url));
          details[`paint ${filing.slug}`] = paints;
          const lcp = summarize(paints.map((paint) => paint.lcp));
          const elements = [...new Set(paints.map((paint) => paint.lcpElement))].join(", ");
          rows.push(
            row({
              name: `LCP ${label} (tail = max of ${lcp.n})`,
              p50: lcp.p50,
              p95: lcp.p95,
              mean: lcp.mean,
              unit: "ms",
              budget: lcpBudget,
              note: `LCP element: ${elements}`,
            }),
          );
        },
        lcpBudget,
      );
      await attempt(`time to interactive ${label}`, "ms", async () => {
        const loads: Interactivity[] = [];
        for (let i = 0; i < config.browserLoads; i++) loads.push(await measureInteractive(liveBrowser, url));
        details[`interactive ${filing.slug}`] = loads;
        const tti = summarize(loads.map((load) => load.tti));
        rows.push(
          row({
            name: `time to interactive ${label} ("j" works; tail = max of ${tti.n})`,
            p50: tti.p50,
            p95: tti.p95,
            mean: tti.mean,
            unit: "ms",
          }),
        );
      });
    }
    // .next is shared: a `next build` elsewhere during the run swaps the files under our server.
    const buildIdAtEnd = readBuildId();
    if (buildIdAtEnd !== buildIdAtStart) {
      buildChanged = `.next was rebuilt during the run (${buildIdAtStart} -> ${buildIdAtEnd}): figures may mix two builds; run again`;
      console.warn(`WARNING: ${buildChanged}`);
    }
  } finally {
    await cleanUp();
  }
}

/**
 * Starts `node scripts/start.mjs` (build if needed, migrate, serve) and waits for its health
 * check. `.next` is shared with colleagues' `npm start` and e2e runs: when another build
 * removes it between ours and `next start`, wait for that build and try again (3 tries).
 */
async function startApp(app: string, port: number, env: NodeJS.ProcessEnv): Promise<void> {
  for (let tries = 1; ; tries++) {
    for (let waited = 0; nextBuildRunning() && waited < 300; waited += 2) {
      if (waited === 0) step("another `next build` is running: waiting for it to finish (up to 5 min)");
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    step(`starting the app (scripts/start.mjs) on ${app}`);
    const server = startProcess({
      name: "app server (scripts/start.mjs)",
      command: process.execPath,
      args: ["scripts/start.mjs", "-H", "127.0.0.1"], // start.mjs passes extra arguments to `next start`
      cwd: root,
      env: { ...env, PORT: String(port) },
      logFile,
      onLine: (line) => {
        if (line.startsWith("Building")) step("no current build: building the app first (a minute or two)");
      },
    });
    try {
      await waitForOk(`${app}/api/health`, server, 15 * 60_000);
      return;
    } catch (error) {
      await stopProcess(server);
      const buildVanished = /Could not find a production build|ENOENT[^\n]*\.next/.test(String(error));
      if (!buildVanished || tries >= 3) throw error;
      step("the build vanished under the server (another build replaced .next): retrying");
    }
  }
}

/** Closes the browser, stops every process started and removes the run's data folder. */
async function cleanUp(): Promise<void> {
  const open = browser;
  browser = undefined;
  await open?.close().catch(() => undefined);
  await stopAll();
  // Only once the server is gone: it holds the folder open.
  if (!process.env.BENCH_KEEP_DATA) fs.rmSync(runDir, { recursive: true, force: true });
}

function gitDescription(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: root,
      encoding: "utf8",
    }).trim();
    const dirty =
      execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).trim() !== "";
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return "unknown";
  }
}

function report(crash: unknown): void {
  const finishedAt = new Date();
  console.log(`\n${formatTable(rows)}\n`);
  if (buildChanged) console.log(`WARNING: ${buildChanged}`);
  const ratios = rows.filter((r) => r.unit === "x" && r.p50 !== null);
  if (ratios.length)
    console.log(
      `Headline: reader/static p50 = ${ratios.map((r) => `${r.p50!.toFixed(2)}x ${r.name.replace(/.*\(/, "(")}`).join(", ")}`,
    );
  const file = writeResults(benchDir, stamp, {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    seconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    git: gitDescription(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "?",
      platform: os.platform(),
    },
    config,
    method: {
      sequential:
        "node:http keep-alive client, one request at a time, time from request to last byte, no Accept-Encoding",
      staticServer:
        "node:http, each page's HTML read from disk once at start-up and served from memory, uncompressed",
      autocannon:
        "autocannon 9, keep-alive, no pipelining; latency has 1 ms resolution; throughput is mean req/s",
      javascript:
        "responses of resource type script during a load to network idle, each gzipped at level 9 and summed; " +
        "the route's own are those its HTML names (script tags, RSC payload), the rest are chunks next/link prefetches",
      lcp: "last largest-contentful-paint entry (buffered observer) after load + 2 frames, median of fresh contexts",
      timeToInteractive:
        'navigation start to the keydown of the first "j" that moves the hash to the first risk title',
      p95: "nearest rank; for 5 browser loads that is the maximum",
    },
    build: buildIdAtStart,
    warning: buildChanged,
    error: crash ? (crash instanceof Error ? (crash.stack ?? crash.message) : String(crash)) : undefined,
    rows,
    details,
  });
  console.log(
    `Results: ${path.relative(root, file)} and .bench/latest.json (${Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000)} s)`,
  );
}

// Stop what we started however we leave: signals first, then a synchronous last resort on exit.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping the servers and the browser…`);
    void cleanUp().finally(() => process.exit(128 + (os.constants.signals[signal] ?? 1)));
  });
}
process.on("exit", killAllNow);

// When a signal interrupts the run, its handler cleans up and exits: nothing to report here.
main()
  .then(() => {
    if (stopping) return;
    report(undefined);
    process.exit(rows.some((r) => r.status === "error") ? 1 : 0);
  })
  .catch((error: unknown) => {
    if (stopping) return;
    console.error(`\nBenchmark crashed: ${error instanceof Error ? error.message : String(error)}`);
    report(error);
    process.exit(1);
  });
