/**
 * `npm run eval:analysis`: measures the analysis on the labelled evaluation corpus
 * (`lib/filing/__fixtures__/eval/`, real filings with hand-checked labels) and prints a table per
 * filing and overall: risk-factor title recall and extras, figure recall and precision on the
 * labelled passages, and agreement with the analyst's risk group and category.
 *
 *   --verbose            also list every missed title, extra title, wrong figure and disagreement
 *   --json               print the scores as JSON instead
 *   --export-overrides   print the analysts' category overrides stored in the configured database
 *                        (embedded PGlite or DATABASE_URL) as JSON lines, to add to the corpus
 *
 * Exits 1 when an overall number is below its floor (`eval/floors.json`).
 */
import path from "node:path";
import { evaluateCorpus, readEvaluationCorpus, readFloors } from "../lib/filing/evaluation-corpus";
import { belowFloors, totalScores, type EvaluationTotals, type FilingScore } from "../lib/filing/evaluation";

const args = new Set(process.argv.slice(2));

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((100 * part) / whole).toFixed(0)}%`;
}

function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join("  ");
}

function printTable(scores: readonly FilingScore[], totals: EvaluationTotals): void {
  const header = [
    "filing",
    "titles",
    "recall",
    "extras",
    "figures",
    "recall",
    "precision",
    "groups",
    "agree",
  ];
  const widths = [34, 7, 7, 7, 8, 7, 10, 7, 6];
  console.log(row(header, widths));
  for (const s of scores) {
    console.log(
      row(
        [
          path.basename(s.file).slice(0, 34),
          `${s.titles.matched}/${s.titles.labelled}`,
          s.notItemised ? "n/i" : percent(s.titles.matched, s.titles.labelled),
          String(s.titles.extras.length),
          `${s.figures.matched}/${s.figures.labelled}`,
          percent(s.figures.matched, s.figures.labelled),
          percent(s.figures.matched, s.figures.found),
          `${s.categories.groupAgreed}/${s.categories.judged}`,
          percent(s.categories.groupAgreed, s.categories.judged),
        ],
        widths,
      ),
    );
  }
  const sum = (pick: (s: FilingScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  console.log(
    row(
      [
        `overall (${scores.length} filings)`,
        `${sum((s) => s.titles.matched)}/${sum((s) => s.titles.labelled)}`,
        `${(100 * totals.titleRecall).toFixed(1)}%`,
        String(sum((s) => s.titles.extras.length)),
        `${sum((s) => s.figures.matched)}/${sum((s) => s.figures.labelled)}`,
        `${(100 * totals.figureRecall).toFixed(1)}%`,
        `${(100 * totals.figurePrecision).toFixed(1)}%`,
        `${sum((s) => s.categories.groupAgreed)}/${sum((s) => s.categories.judged)}`,
        `${(100 * totals.groupAgreement).toFixed(0)}%`,
      ],
      widths,
    ),
  );
  console.log(
    `title extras ${(100 * totals.titleExtras).toFixed(1)}% of titles found; finer category agreement ` +
      `${(100 * totals.categoryAgreement).toFixed(0)}%`,
  );
}

function printDetails(scores: readonly FilingScore[]): void {
  for (const s of scores) {
    const lines = [
      ...s.titles.missed.map((t) => `  missed title: ${t}`),
      ...s.titles.extras.map((t) => `  extra title: ${t}`),
      ...s.figures.missed.map((f) => `  missed figure: ${f}`),
      ...s.figures.wrong.map((f) => `  wrong figure: ${f}`),
      ...s.categories.disagreements.map((d) => `  category: ${d}`),
    ];
    if (s.figures.passagesNotFound > 0) lines.unshift(`  ${s.figures.passagesNotFound} passage(s) not found`);
    if (lines.length > 0) console.log(`\n${s.file}\n${lines.join("\n")}`);
  }
}

async function exportOverrides(): Promise<void> {
  const { listCategoryOverrides } = await import("../server/data/list-category-overrides");
  const { closeDatabase } = await import("../server/db");
  try {
    for (const override of await listCategoryOverrides()) console.log(JSON.stringify(override));
  } finally {
    await closeDatabase();
  }
}

async function main(): Promise<number> {
  if (args.has("--export-overrides")) {
    await exportOverrides();
    return 0;
  }
  const scores = evaluateCorpus(readEvaluationCorpus());
  const totals = totalScores(scores);
  if (args.has("--json")) {
    console.log(JSON.stringify({ totals, scores }, null, 2));
  } else {
    printTable(scores, totals);
    if (args.has("--verbose")) printDetails(scores);
  }
  const failing = belowFloors(totals, readFloors());
  if (failing.length > 0) {
    console.error(`Below the floor in eval/floors.json: ${failing.join(", ")}`);
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(2);
    },
  );
