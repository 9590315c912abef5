import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeEdgar, type FakeEdgar } from "@/server/testing/fake-edgar";

const root = path.resolve(import.meta.dirname, "..");
let fake: FakeEdgar;
beforeAll(async () => {
  fake = await startFakeEdgar();
});
afterAll(() => fake.close());

/** Runs the README's command (`npm run import -- …`) against this test's database and the fake EDGAR. */
async function runImport(...args: string[]) {
  const env = {
    ...process.env,
    MARGINALIA_EDGAR_WWW: fake.url,
    MARGINALIA_EDGAR_DATA: fake.url,
    MARGINALIA_EDGAR_USER_AGENT: "Marginalia tests tests@marginalia.example",
  };
  // Asynchronously: the fake EDGAR answers from this process while the command runs.
  return promisify(execFile)("npm", ["run", "-s", "import", "--", ...args], {
    cwd: root,
    env,
    encoding: "utf8",
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

describe("npm run import", () => {
  it("imports a company's annual report by ticker, one line per filing, and not twice", async () => {
    const first = await runImport("NFLX", "--form", "10-K", "--year", "2024");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const [line, ...more] = first.stdout.trim().split("\n");
    expect(more).toEqual([]);
    const [slug, company, form, period, risks, figures] = line!.split("\t");
    expect([company, form, period]).toEqual(["NETFLIX INC", "10-K", "2024-12-31"]);
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    expect(risks).toMatch(/^\d{2} risk factors$/);
    expect(figures).toMatch(/^\d{3,} figures$/);
    const again = await runImport(
      "https://www.sec.gov/Archives/edgar/data/1065280/000106528025000044/nflx-20241231.htm",
    );
    expect(again.stdout.trim()).toBe(`${line}\t(already in the library)`);
  });

  it("says in one line what is wrong, with a failing exit code", async () => {
    const unknown = await runImport("ZZZZQ");
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, "No company on EDGAR matches “ZZZZQ”."]);
    const usage = await runImport("NFLX", "--last", "zero");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^Usage: npm run import -- /);
  });
});
