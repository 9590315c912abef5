/**
 * The whole-filing rows of `npm run bench`: the analysis of a 2 MB 10-K in a process of its own
 * (time and peak memory; how its tables and two other filings' were read), how long outline
 * jumps take to land in the browser, and an import from the library's form to the opened reader.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { WholeFilingBench } from "../bench-analyze";
import { withPage, type BenchCookie } from "./browser";

/** Runs scripts/bench-analyze.ts --whole --json in its own process (its peak memory is its own). */
export function analyzeWholeFiling(root: string): WholeFilingBench {
  const out = execFileSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["scripts/bench-analyze.ts", "--whole", "--json"],
    { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const line = out.trim().split("\n").pop() ?? "{}";
  return JSON.parse(line) as WholeFilingBench;
}

/**
 * Clicks `count` outline entries spread over the filing (top to end) and returns, for each, the
 * time from the click to the jump's landing (the page's own "filing-jump" measure).
 */
export async function measureOutlineJumps(browser: Browser, url: string, count = 6): Promise<number[]> {
  return withPage(browser, null, [], async (page) => {
    await page.goto(url, { waitUntil: "load" });
    const links = page.locator("aside [data-outline] a");
    const total = await links.count();
    if (total < count) throw new Error(`the outline has ${total} entries`);
    const durations: number[] = [];
    for (let k = 0; k < count; k++) {
      const index = Math.min(total - 1, Math.round(((k + 1) / count) * (total - 1)));
      const before = (await page.evaluate(`performance.getEntriesByName("filing-jump").length`)) as number;
      const clickedAt = (await page.evaluate(`performance.now()`)) as number;
      await links.nth(index).click();
      // Polled with evaluate: the page's Content-Security-Policy forbids waitForFunction's eval.
      for (let waited = 0; ; waited += 20) {
        const landed = (await page.evaluate(`performance.getEntriesByName("filing-jump").length`)) as number;
        if (landed > before) break;
        if (waited > 10_000) throw new Error(`the jump to outline entry ${index} never landed`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const landedAt = (await page.evaluate(
        `(() => { const e = performance.getEntriesByName("filing-jump").at(-1); return e.startTime + e.duration; })()`,
      )) as number;
      durations.push(landedAt - clickedAt);
    }
    return durations;
  });
}

/**
 * Imports a filing through the library's form, signed in: from choosing the file to the reader
 * showing the filing's name (reading, preview analysis, import analysis and storage, the
 * redirect and the reader page). Asks for a new copy when the library has the filing already.
 */
export async function measureImport(
  browser: Browser,
  base: string,
  file: string,
  cookies: BenchCookie[],
): Promise<{ total: number; preview: number }> {
  return withPage(browser, null, cookies, async (page) => {
    await page.goto(`${base}/`, { waitUntil: "load" });
    const started = Date.now();
    await page.getByLabel("Filing file").setInputFiles(file);
    await page.getByText(/^Found \d+ sections/).waitFor({ timeout: 60_000 });
    const preview = Date.now() - started;
    const copy = page.getByLabel("Import it again as a new copy");
    if (await copy.isVisible()) await copy.check();
    await page.getByRole("button", { name: /^Import/ }).click();
    await page.waitForURL(/\/filings\/[^/?#]+$/, { timeout: 60_000 });
    await page.locator("h1").waitFor();
    return { total: Date.now() - started, preview };
  });
}
