/**
 * `npm run bench:analyze`: times analyzeFiling on a ~500 KB filing
 * (lib/filing/__fixtures__/large-500kb.txt) after a warm-up and prints size, runs, p50, p95
 * and min in milliseconds. Budget: 300 ms per analysis.
 *
 * `--whole [--json]`: times the analysis of the whole 2 MB Netflix 10-K (budget: p50 under
 * 1.5 s), reports this process's peak memory, and counts how the tables of three whole filings
 * were read (data tables kept, layout tables turned into paragraphs and list items, page
 * wrappers walked through, tables of contents dropped). `npm run bench` runs it.
 *
 * `npx tsx scripts/bench-analyze.ts --build` rebuilds that filing from the FedEx Item 1A text:
 * seven copies, each under its own heading "ITEM 1A. RISK FACTORS (PART k OF 7)", its risk
 * titles numbered "k.n " so every title differs, and its page numbers continuing the last
 * copy's.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { analyzeFiling } from "../lib/filing/analyze";
import { importHtml } from "../lib/filing/import-html";
import { checkNarrativeFigures } from "../lib/xbrl/checks";
import { factsOfFiling } from "../lib/xbrl/filing-facts";
import { percentile } from "./bench/stats";

const fixtures = fileURLToPath(new URL("../lib/filing/__fixtures__/", import.meta.url));
const large = path.join(fixtures, "large-500kb.txt");
const BUDGET_MS = 300;
const COPIES = 7;

function build(): void {
  const source = readFileSync(path.join(fixtures, "fedex-10k-fy2023-item1a.txt"), "utf8");
  const expected = JSON.parse(
    readFileSync(path.join(fixtures, "fedex-10k-fy2023-item1a.expected.json"), "utf8"),
  ) as { riskFactorTitles: string[] };
  const pages = source
    .split("\n")
    .filter((line) => /^- \d+ -$/.test(line))
    .map((line) => Number(line.slice(2, -2)));
  const pageSpan = Math.max(...pages) - Math.min(...pages) + 1;
  const copies: string[] = [];
  for (let k = 1; k <= COPIES; k++) {
    let text = source.replace("ITEM 1A. RISK FACTORS", `ITEM 1A. RISK FACTORS (PART ${k} OF ${COPIES})`);
    expected.riskFactorTitles.forEach((title, n) => {
      text = text.replace(title, `${k}.${n + 1} ${title}`);
    });
    text = text.replace(/^- (\d+) -$/gm, (_, page: string) => `- ${Number(page) + (k - 1) * pageSpan} -`);
    copies.push(text.trimEnd());
  }
  writeFileSync(large, `${copies.join("\n")}\n`);
  console.log(
    `wrote ${path.relative(process.cwd(), large)} (${(Buffer.byteLength(copies.join("\n")) / 1024).toFixed(0)} KB)`,
  );
}

/** Analyses `input` `warmUp` times untimed, then `runs` times timed: the sorted times and the last analysis. */
function timeAnalysis(input: { content: string; fileName: string }, warmUp: number, runs: number) {
  for (let i = 0; i < warmUp; i++) analyzeFiling(input);
  const times: number[] = [];
  let last = analyzeFiling(input);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = analyzeFiling(input);
    times.push(performance.now() - start);
  }
  return { times: times.sort((a, b) => a - b), last };
}

function bench(): number {
  const content = readFileSync(large, "utf8");
  const input = { content, fileName: path.basename(large) };
  const runs = 30;
  const { times, last } = timeAnalysis(input, 5, runs);
  const p50 = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  const row = (cells: (string | number)[]): string => cells.map((c) => String(c).padStart(10)).join(" ");
  console.log(row(["size KB", "runs", "p50 ms", "p95 ms", "min ms"]));
  console.log(
    row([
      (Buffer.byteLength(content) / 1024).toFixed(0),
      runs,
      p50.toFixed(1),
      p95.toFixed(1),
      (times[0] ?? 0).toFixed(1),
    ]),
  );
  console.log(
    `blocks ${last.blocks.length}, sections ${last.sections.length}, risk factors ${last.riskFactors.length}, figures ${last.figures.length}; ` +
      `budget ${BUDGET_MS} ms: ${p95 <= BUDGET_MS ? "within" : "OVER"}`,
  );
  return p95 <= BUDGET_MS ? 0 : 1;
}

/** What `--whole` measures, as `npm run bench` reads it (--json). */
export interface WholeFilingBench {
  file: string;
  sizeKB: number;
  runs: number;
  p50: number;
  p95: number;
  /** Peak resident memory of this process (KB→MB), and before the first analysis. */
  peakRssMB: number;
  baselineRssMB: number;
  blocks: number;
  tables: number;
  figures: number;
  /** What its inline XBRL adds to an import: parsing and placing its facts, then checking its prose. */
  facts: { count: number; p50: number; p95: number; checksP50: number; checks: number };
  tableCounts: {
    file: string;
    htmlTables: number;
    data: number;
    layout: number;
    wrapper: number;
    contents: number;
    empty: number;
    preformatted: number;
  }[];
}

function benchWhole(): WholeFilingBench {
  const baselineRssMB = process.memoryUsage().rss / 1024 / 1024;
  const file = "netflix-10k-fy2024.htm";
  const content = readFileSync(path.join(fixtures, file), "utf8");
  const input = { content, fileName: file };
  const runs = 10;
  const { times, last } = timeAnalysis(input, 2, runs);
  const factTimes: number[] = [];
  const checkTimes: number[] = [];
  let facts = factsOfFiling(content, last.text);
  let checks = checkNarrativeFigures({ ...last, facts });
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    facts = factsOfFiling(content, last.text);
    const placed = performance.now();
    checks = checkNarrativeFigures({ ...last, facts });
    factTimes.push(placed - start);
    checkTimes.push(performance.now() - placed);
  }
  factTimes.sort((a, b) => a - b);
  checkTimes.sort((a, b) => a - b);
  const tableCounts = ["netflix-10k-fy2024.htm", "betterlife-20f-fy2025.htm", "apple-10k-fy1994.txt"].map(
    (name) => {
      const text = readFileSync(path.join(fixtures, name), "utf8");
      const analysis = analyzeFiling({ content: text, fileName: name });
      const html = name.endsWith(".htm");
      const counts = html
        ? importHtml(text).tables
        : { data: 0, layout: 0, wrapper: 0, contents: 0, empty: 0 };
      return {
        file: name,
        htmlTables: html ? (text.match(/<table\b/gi) ?? []).length : (text.match(/^<TABLE/gim) ?? []).length,
        ...counts,
        preformatted: analysis.blocks.filter((block) => block.kind === "preformatted").length,
      };
    },
  );
  return {
    file,
    sizeKB: Buffer.byteLength(content) / 1024,
    runs,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    baselineRssMB,
    blocks: last.blocks.length,
    tables: last.blocks.filter((block) => block.kind === "table").length,
    figures: last.figures.length,
    facts: {
      count: facts.length,
      p50: percentile(factTimes, 0.5),
      p95: percentile(factTimes, 0.95),
      checksP50: percentile(checkTimes, 0.5),
      checks: checks.length,
    },
    tableCounts,
  };
}

if (process.argv.includes("--build")) build();
else if (process.argv.includes("--whole")) {
  const result = benchWhole();
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
  else {
    console.log(
      `${result.file} (${result.sizeKB.toFixed(0)} KB): p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms over ${result.runs} runs; ` +
        `peak RSS ${result.peakRssMB.toFixed(0)} MB (${result.baselineRssMB.toFixed(0)} MB before); ${result.tables} tables, ${result.figures} figures`,
    );
    console.log(
      `  inline XBRL: ${result.facts.count} facts parsed and placed, p50 ${result.facts.p50.toFixed(0)} ms (p95 ${result.facts.p95.toFixed(0)}); ` +
        `${result.facts.checks} narrative figures checked, p50 ${result.facts.checksP50.toFixed(0)} ms`,
    );
    for (const t of result.tableCounts) console.log(`  ${t.file}: ${JSON.stringify(t)}`);
  }
} else process.exitCode = bench();
