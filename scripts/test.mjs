#!/usr/bin/env node
/**
 * `npm test`: every suite, in order — typecheck, lint, unit and integration tests (Vitest; on
 * PGlite, and on PostgreSQL too when TEST_DATABASE_URL or DATABASE_URL is set), then
 * end-to-end tests in real Chromium against the production build, then system tests against
 * whole app servers (bad-input fuzzing, load, database faults, and two app servers on one
 * PostgreSQL database when one is named: live updates, background jobs). Installs what the tests
 * need (dependencies, Debian's Chromium) and ends with one line: "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, ".test-output");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e` runs those suites alone

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${[command, ...args].map((a) => path.relative(root, a) || a).join(" ")}`);
  return spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } }).status ?? 1;
}

function ensureDependencies() {
  if (fs.existsSync(bin("vitest")) && fs.existsSync(path.join(root, "prisma/generated/client.ts"))) return;
  console.log("Installing dependencies (npm ci)…");
  if (run("npm", ["ci"]) !== 0) process.exit(1);
}

/** The browser the end-to-end tests drive: MARGINALIA_CHROMIUM, else Debian's Chromium. */
function ensureChromium() {
  const named = process.env.MARGINALIA_CHROMIUM;
  if (named) {
    if (fs.existsSync(named)) return named;
    console.error(`MARGINALIA_CHROMIUM names ${named}, which does not exist.`);
    process.exit(1);
  }
  const debian = "/usr/bin/chromium";
  if (fs.existsSync(debian)) return debian;
  const canInstall = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (canInstall) {
    console.log("Installing Debian's Chromium for the end-to-end tests (apt-get install chromium)…");
    const update = run("apt-get", ["update", "-qq"]);
    if (
      update === 0 &&
      run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" }) === 0 &&
      fs.existsSync(debian)
    )
      return debian;
  }
  console.error(
    "No Chromium for the end-to-end tests. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "or set MARGINALIA_CHROMIUM=/path/to/chrome.",
  );
  process.exit(1);
}

const results = [];
/** What failed, by name, repeated just above the totals: a long log's tail says what to fix. */
const failures = [];
function record(name, passed, failed, failedNames = []) {
  results.push({ name, passed, failed });
  failures.push(...failedNames.map((what) => `${name}: ${what}`));
  console.log(`\n[${name}] ${passed} passed, ${failed} failed`);
}
/** The first line of a failure message, without terminal colours. */
const firstLine = (message) =>
  String(message ?? "")
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .find((line) => line.trim())
    ?.trim()
    .slice(0, 300) ?? "";
const wants = (name) => only.length === 0 || only.includes(name);

ensureDependencies();
fs.mkdirSync(outDir, { recursive: true });

if (wants("typecheck")) {
  const code = run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
  record("typecheck", code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}
if (wants("lint")) {
  const eslint = run(bin("eslint"), ["--max-warnings=0", "."]);
  const prettier = run(bin("prettier"), ["--check", "."]);
  // Dead code: files nothing uses, exports nobody imports, dependencies nothing needs (knip.json).
  const knip = run(bin("knip"), []);
  const codes = { eslint, prettier, knip };
  const failed = Object.keys(codes).filter((name) => codes[name] !== 0);
  record("lint", 3 - failed.length, failed.length, failed);
}
if (wants("unit") || wants("integration")) {
  const report = path.join(outDir, "vitest.json");
  fs.rmSync(report, { force: true });
  const projects = [];
  if (wants("unit")) projects.push("--project", "unit");
  if (wants("integration")) projects.push("--project", "integration:*");
  const code = run(bin("vitest"), [
    "run",
    ...projects,
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${report}`,
  ]);
  const json = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : null;
  if (json) {
    const failedNames = json.testResults.flatMap((file) => [
      ...(file.status === "failed" && file.assertionResults.every((test) => test.status !== "failed")
        ? [`${path.relative(root, file.name)}: ${firstLine(file.message)}`]
        : []),
      ...file.assertionResults
        .filter((test) => test.status === "failed")
        .map(
          (test) =>
            `${path.relative(root, file.name)} › ${test.fullName} — ${firstLine(test.failureMessages?.[0])}`,
        ),
    ]);
    record(
      "vitest",
      json.numPassedTests,
      json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0),
      failedNames,
    );
  } else record("vitest", 0, 1);
}
if (wants("e2e")) {
  const chromium = ensureChromium();
  const report = path.join(outDir, "playwright.json");
  fs.rmSync(report, { force: true });
  const code = run(bin("playwright"), ["test"], {
    MARGINALIA_CHROMIUM: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  const json = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : null;
  if (json) {
    const failed = json.stats.unexpected + (json.stats.flaky ?? 0);
    /** Every spec of every suite, however deep the describes nest. */
    const specsOf = (suite) => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specsOf)];
    const failedNames = json.suites
      .flatMap(specsOf)
      .filter((spec) => !spec.ok)
      .map((spec) => {
        const error = spec.tests?.flatMap((test) => test.results ?? []).find((result) => result.error)?.error;
        return `${spec.file}:${spec.line} › ${spec.title} — ${firstLine(error?.message)}`;
      });
    record("e2e", json.stats.expected, failed + (code !== 0 && failed === 0 ? 1 : 0), failedNames);
  } else record("e2e", 0, 1);
}

/**
 * System tests: whole app servers as child processes (after e2e, so they reuse its build).
 * Each script prints its checks and writes { passed, failed } to the report file.
 */
function runSystemTest(name, script, extraEnv = {}) {
  const report = path.join(outDir, `${name}.json`);
  fs.rmSync(report, { force: true });
  const code = run(bin("tsx"), [script, "--report", report], extraEnv);
  const json = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : null;
  if (json)
    record(
      name,
      json.passed,
      json.failed + (code !== 0 && json.failed === 0 ? 1 : 0),
      (json.checks ?? [])
        .filter((check) => !check.ok)
        .map((check) => `${check.name} — ${check.detail ?? ""}`),
    );
  else record(name, 0, 1);
}
const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (wants("system")) {
  // Bad input, load and faults on embedded PGlite always; on PostgreSQL too when one is named.
  const postgres = postgresUrl ? { TEST_DATABASE_URL: postgresUrl } : {};
  runSystemTest("fuzz", "scripts/fuzz-test.ts");
  runSystemTest("load", "scripts/load-test.ts", postgres);
  runSystemTest("fault", "scripts/fault-test.ts");
  runSystemTest("hardening", "scripts/hardening-test.ts");
  if (postgresUrl) {
    ensureChromium();
    runSystemTest("scale-out", "scripts/scale-out-test.ts", postgres);
    runSystemTest("jobs", "scripts/jobs-test.ts", postgres);
  } else
    console.log(
      "\n[system] the scale-out and jobs tests need PostgreSQL: set TEST_DATABASE_URL to run them.",
    );
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
if (failures.length) console.log(`\nFailed:\n${failures.map((what) => `  ✗ ${what}`).join("\n")}`);
console.log("\n" + results.map((r) => `${r.name}: ${r.passed} passed, ${r.failed} failed`).join("\n"));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
