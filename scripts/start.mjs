#!/usr/bin/env node
/**
 * `npm start`: builds the app if there is no current build, applies pending migrations (and
 * loads the sample filing on first start), then serves on PORT (default 3000) and HOST
 * (default 127.0.0.1) through scripts/serve.mjs.
 */
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DataDirInUseError, lockDataDir } from "../server/data-dir-lock.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
process.env.NEXT_TELEMETRY_DISABLED = "1";

/** Newest modification time under the given paths (files the build depends on). */
function newestSourceTime(paths) {
  let newest = 0;
  const visit = (entry) => {
    let stat;
    try {
      stat = fs.statSync(entry);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      if (/(^|\/)(node_modules|\.next|generated|__fixtures__)$/.test(entry)) return;
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(path.join(root, p));
  return newest;
}

function buildIsCurrent() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const sources = [
    "app",
    "components",
    "lib",
    "server",
    "public",
    "prisma/schema.prisma",
    "next.config.js",
    "package-lock.json",
    "postcss.config.mjs",
  ];
  return fs.statSync(buildId).mtimeMs >= newestSourceTime(sources);
}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n${what} failed (exit code ${result.status ?? result.signal}). See the messages above.`);
    process.exit(result.status || 1);
  }
}

// `npm start -- -H 0.0.0.0` (as with next start) is HOST for every step: the migration decides
// from it whether the demo account may sign in (loopback only).
{
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === "-H" || arg === "--hostname");
  if (at >= 0 && args[at + 1]) process.env.HOST = args[at + 1];
}

// One Marginalia per embedded database folder: take its lock before anything else, and share
// it with the migration and the server started below (server/data-dir-lock.mjs).
if (!process.env.DATABASE_URL) {
  const dataDir = path.resolve(root, process.env.MARGINALIA_DATA_DIR || ".data/pglite");
  try {
    const lock = lockDataDir(dataDir, "npm start");
    process.env.MARGINALIA_DATA_DIR_LOCK = lock.token;
    process.on("exit", lock.release);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    console.error(error.message);
    process.exit(3);
  }
}

if (!buildIsCurrent()) {
  console.log("Building Marginalia (first start or sources changed)…");
  run(bin("next"), ["build"], "The build");
}
run(bin("tsx"), ["--conditions=react-server", "scripts/migrate.ts"], "Preparing the database");

const port = process.env.PORT || "3000";
console.log(`Marginalia is starting at http://localhost:${port}`);
// scripts/serve.mjs: Next.js behind node:http, on 127.0.0.1 unless HOST says otherwise.
const server = spawn(
  process.execPath,
  [path.join(root, "scripts/serve.mjs"), "-p", port, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
