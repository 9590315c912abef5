import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const script = path.join(root, "scripts/analyze.ts");
const temp = mkdtempSync(path.join(tmpdir(), "analyze-cli-"));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [script, ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface CliOutput {
  sections: { label: string; title: string; start: number; end: number }[];
  riskFactors: { title: string; category: string; start: number; end: number }[];
  figures: { kind: string; text: string; value: number | string; unit: string; start: number; end: number }[];
  text: string;
}

describe("scripts/analyze.ts", () => {
  it("prints the analysis of the sample filing as JSON, offsets indexing its text", () => {
    const { status, stdout, stderr } = run("prisma/seed/filings/iij-20f-fy2008-item3.txt");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as CliOutput;
    expect(Object.keys(output)).toEqual(["sections", "riskFactors", "figures", "text"]);
    expect(output.sections.map((s) => s.label)).toEqual(["B", "C", "D"]);
    expect(output.riskFactors).toHaveLength(18);
    for (const r of output.riskFactors)
      expect(output.text.slice(r.start, r.end).startsWith(r.title)).toBe(true);
    for (const f of output.figures) expect(output.text.slice(f.start, f.end)).toBe(f.text);
    expect(output.figures.find((f) => f.text === "¥5,025 million")).toMatchObject({
      kind: "money",
      value: 5025000000,
      unit: "JPY",
    });
  }, 60_000);

  it("adds an inline XBRL filing's facts, each shown one placed on its displayed text", () => {
    const file = "lib/filing/__fixtures__/betterlife-20f-fy2025.htm";
    const { status, stdout } = run(file);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as CliOutput & {
      facts: Array<{
        concept: string;
        value: number | string | boolean | null;
        unit?: string;
        period: Record<string, string>;
        dimensions: Record<string, string>;
        start?: number;
        end?: number;
      }>;
    };
    const html = readFileSync(file, "utf8");
    const tagged =
      (html.match(/<ix:nonFraction\b/g) ?? []).length + (html.match(/<ix:nonNumeric\b/g) ?? []).length;
    expect(output.facts).toHaveLength(tagged);
    const placed = output.facts.filter((fact) => fact.start !== undefined);
    expect(placed.length).toBeGreaterThan(20);
    expect(Array.isArray((output as unknown as { checks: unknown }).checks)).toBe(true);
    const registrant = output.facts.find((fact) => fact.concept === "dei:EntityRegistrantName");
    expect(registrant?.value).toMatch(/BetterLife/i);
    expect(output.text.slice(registrant!.start, registrant!.end)).toBe(registrant!.value);
    for (const fact of output.facts)
      expect(Object.keys(fact.period).sort()).toSatisfy(
        (keys: string[]) => keys.join() === "instant" || keys.join() === "end,start",
      );
  });

  it("refuses an empty file with one line on stderr and exit code 2", () => {
    const empty = path.join(temp, "empty.txt");
    writeFileSync(empty, "");
    const { status, stdout, stderr } = run(empty);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/empty/);
  }, 60_000);

  it("refuses a binary file and a missing file the same way", () => {
    const binary = path.join(temp, "image.png");
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    const binaryRun = run(binary);
    expect(binaryRun.status).toBe(2);
    expect(binaryRun.stderr).toMatch(/binary/);
    const missing = run(path.join(temp, "nope.txt"));
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
