/**
 * Scale-out: two app servers (production build, separate processes and ports) on one
 * PostgreSQL database. A colleague reads the sample filing in real Chromium on a page served
 * by server B; notes created, and then deleted, through server A must reach that open page
 * live (Server-Sent Events fed by PostgreSQL LISTEN/NOTIFY) within 2 seconds, with no reload.
 *
 * Needs a PostgreSQL server: SCALE_DATABASE_URL or TEST_DATABASE_URL (a scratch database is
 * created there and dropped). Prints each check and ends with "N passed, N failed";
 * `--report <file>` writes them as JSON. `npm test` runs it when TEST_DATABASE_URL is set.
 */
import path from "node:path";
import { launchBrowser } from "./bench/browser";
import { stopAll } from "./bench/processes";
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
import { SYSTEM_TEST_PASSWORD } from "./system/password";
import { SAMPLE_SLUG } from "./system/workload";

const LIVE_BUDGET_MS = 2_000;

async function main(checks: Check[]): Promise<void> {
  const serverUrl = process.env.SCALE_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("Set TEST_DATABASE_URL (or SCALE_DATABASE_URL) to a PostgreSQL server.");
  const { dir, logFile } = runFolder("scale-out");
  const scratch = await createScratchDatabase(serverUrl, `marginalia_scale_${Date.now().toString(36)}`);
  const browser = await launchBrowser();
  try {
    const { workspaceId, users } = await seedUsers({
      dataDir: path.join(dir, "data"),
      databaseUrl: scratch.url,
      count: 2,
    });
    const [author, colleague] = users as [(typeof users)[0], (typeof users)[0]];
    // One after the other: each migrates on start, and the second must find nothing to do.
    const a = await startApp({
      env: UNLIMITED,
      name: "app A",
      dataDir: path.join(dir, "a"),
      databaseUrl: scratch.url,
      logFile,
    });
    const b = await startApp({
      env: UNLIMITED,
      name: "app B",
      dataDir: path.join(dir, "b"),
      databaseUrl: scratch.url,
      logFile,
    });
    console.log(`  servers: A ${a.base}, B ${b.base}, one database ${new URL(scratch.url).pathname}`);
    check(
      checks,
      "two app servers answer on one PostgreSQL database",
      a.port !== b.port,
      `${a.base} and ${b.base}`,
    );

    // The colleague signs in on B and opens the filing there.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${b.base}/sign-in`);
    await page.getByLabel("Email").fill(colleague.email);
    await page.getByLabel("Password").fill(SYSTEM_TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("signed-in-as").waitFor({ timeout: 15_000 });
    await page.goto(`${b.base}/filings/${SAMPLE_SLUG}`);
    await page.getByRole("heading", { name: /Notes/ }).waitFor({ timeout: 15_000 });

    // The author writes through A: a note shared with their common workspace.
    const quote = "There is strong competition among systems integrators";
    const note = `scale-out ${Date.now().toString(36)}: written through server A`;
    const started = performance.now();
    const created = await fetch(
      `${a.base}/api/v1/filings/${SAMPLE_SLUG}/annotations?workspace=${workspaceId}`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${author.token}`, "content-type": "application/ld+json" },
        body: JSON.stringify({
          "@context": "http://www.w3.org/ns/anno.jsonld",
          type: "Annotation",
          body: { type: "TextualBody", value: note, format: "text/markdown", purpose: "commenting" },
          target: {
            source: `${a.base}/filings/${SAMPLE_SLUG}`,
            selector: { type: "TextQuoteSelector", exact: quote },
          },
        }),
      },
    );
    const body = (await created.json()) as { id?: string };
    check(checks, "server A stores the note (201)", created.status === 201, `status ${created.status}`);

    const id = body.id?.split("/").pop() ?? "";
    const item = page.locator(`li[id='annotation-${id}']`, { hasText: quote });
    const appeared = await item
      .waitFor({ state: "visible", timeout: LIVE_BUDGET_MS * 5 })
      .then(() => performance.now() - started)
      .catch(() => null);
    check(
      checks,
      `the note appears on B's open page within ${LIVE_BUDGET_MS} ms`,
      appeared !== null && appeared <= LIVE_BUDGET_MS,
      appeared === null ? "it never appeared" : `${Math.round(appeared)} ms after A was asked`,
    );

    // Deleted through A: gone from B's page, live too.
    const removeStarted = performance.now();
    const removed = await fetch(`${a.base}/api/v1/annotations/${id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${author.token}`, "if-match": created.headers.get("etag") ?? "" },
    });
    const gone = await item
      .waitFor({ state: "detached", timeout: LIVE_BUDGET_MS * 5 })
      .then(() => performance.now() - removeStarted)
      .catch(() => null);
    check(
      checks,
      `a delete through A leaves B's open page within ${LIVE_BUDGET_MS} ms`,
      appeared !== null && removed.status === 204 && gone !== null && gone <= LIVE_BUDGET_MS,
      `DELETE ${removed.status}; ${gone === null ? "still shown" : `${Math.round(gone)} ms`}`,
    );
    await context.close();
  } finally {
    await browser.close().catch(() => undefined);
    await stopAll();
    await scratch.drop().catch(() => undefined);
  }
}

runChecks([["the scale-out test", main]]);
