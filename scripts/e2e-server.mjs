#!/usr/bin/env node
/**
 * The server the end-to-end tests drive: the production build on a fresh embedded database
 * (a new data folder each run), so tests never meet a developer's data.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data", "e2e");
fs.rmSync(dataDir, { recursive: true, force: true });
// EDGAR is the fake one (recorded responses): the tests never reach the SEC.
const edgarPort = Number(process.env.E2E_EDGAR_PORT ?? 3199);
const edgar = spawn(
  path.join(root, "node_modules/.bin/tsx"),
  ["scripts/system/fake-edgar.ts", String(edgarPort)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    MARGINALIA_DATA_DIR: dataDir,
    DATABASE_URL: "",
    MARGINALIA_URL: `http://127.0.0.1:${process.env.PORT ?? 3100}`,
    MARGINALIA_EDGAR_WWW: `http://127.0.0.1:${edgarPort}`,
    MARGINALIA_EDGAR_DATA: `http://127.0.0.1:${edgarPort}`,
    MARGINALIA_EDGAR_USER_AGENT: "Marginalia end-to-end tests e2e@marginalia.example",
    // Watched companies are checked every 2 s, so a test sees a new filing come in.
    MARGINALIA_EDGAR_POLL: "2s",
  },
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    edgar.kill(signal);
    child.kill(signal);
  });
child.on("exit", (code) => {
  edgar.kill("SIGTERM");
  process.exit(code ?? 1);
});
