import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const script = path.join(root, "scripts/compare.ts");
const temp = mkdtempSync(path.join(tmpdir(), "compare-cli-"));
const sample = path.join(root, "prisma/seed/filings/iij-20f-fy2008-item3.txt");

/** A database of the test's own (embedded, in the temporary folder), never a developer's. */
const env = { ...process.env, DATABASE_URL: "", MARGINALIA_DATA_DIR: path.join(temp, "pglite") };

// Migrated, so it holds the sample filing (slug "iij-20f-fy2008").
beforeAll(() => {
  const migrated = spawnSync(tsx, ["--conditions=react-server", path.join(root, "scripts/migrate.ts")], {
    cwd: root,
    encoding: "utf8",
    timeout: 180_000,
    env,
  });
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
}, 200_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(tsx, ["--conditions=react-server", script, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/compare.ts", () => {
  it("prints each risk factor's fate and the section's scores as JSON, by the analysis' indexes", () => {
    // The sample with its fourth risk factor cut out.
    const content = readFileSync(sample, "utf8");
    const { text, riskFactors } = analyzeFiling({ content, fileName: "iij.txt" });
    const cut = text.slice(0, riskFactors[3]!.start) + text.slice(riskFactors[4]!.start);
    const newer = path.join(temp, "newer.txt");
    writeFileSync(newer, cut);

    // The older by its slug in the library, the newer as a file.
    const { status, stdout, stderr } = run("iij-20f-fy2008", newer);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as {
      pairs: Array<{ old: number | null; new: number | null; status: string; similarity: number }>;
      scores: Record<string, number>;
    };
    expect(Object.keys(output)).toEqual(["pairs", "scores"]);
    expect(output.pairs.filter((pair) => pair.status !== "unchanged")).toEqual([
      { old: 3, new: null, status: "removed", similarity: 1 },
    ]);
    expect(output.pairs).toHaveLength(riskFactors.length);
    expect(output.pairs.find((pair) => pair.old === 4)).toMatchObject({ new: 3, status: "unchanged" });
    expect(Object.keys(output.scores)).toEqual(["cosine", "jaccard", "minEdit", "simple"]);
    expect(output.scores.simple).toBeLessThan(1);
    expect(output.scores.simple).toBeGreaterThan(0.8);
  });

  it("says what is wrong with its arguments, with exit status 2", () => {
    expect(run(sample)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/usage: npm run -s compare/),
    });
    expect(run(sample, "no-such-filing")).toMatchObject({
      status: 2,
      stderr: "compare: no-such-filing: no such file, and no filing with that slug\n",
    });
  });
});
