/**
 * `npm run eval:lineage`: measures the year-over-year alignment of risk factors on the
 * hand-labelled pairs of real consecutive annual reports in `lib/lineage/__fixtures__/`
 * (see its SOURCES.md): pair precision and recall, and how often the status (unchanged,
 * changed, moved, added, removed, split, merged) is the labelled one. Prints a table per pair
 * and overall, the held-out pairs (labels with `heldOut`, kept out of threshold tuning) in a
 * table of their own; `--verbose` also lists every disagreement.
 */
import { alignRiskFactors } from "../lib/lineage/align-risk-factors";
import { matchTitle, scoreAlignment, type LineageScore } from "../lib/lineage/evaluation";
import { readLineageCorpus } from "../lib/lineage/evaluation-corpus";

const verbose = process.argv.includes("--verbose");

const ratio = (part: number, whole: number) => (whole === 0 ? "–" : (part / whole).toFixed(2));
const rows: Array<{ name: string; score: LineageScore; heldOut: boolean }> = [];
for (const { name, labels, older, newer } of readLineageCorpus()) {
  const predicted = alignRiskFactors(older, newer);
  const titles = { old: older.map((risk) => risk.title), new: newer.map((risk) => risk.title) };
  const score = scoreAlignment(labels, titles, predicted);
  rows.push({ name, score, heldOut: labels.heldOut === true });
  if (verbose) {
    console.log(`\n${name}`);
    for (const entry of labels.pairs) {
      const old = entry.old === null ? null : matchTitle(entry.old, titles.old);
      const neu = entry.new === null ? null : matchTitle(entry.new, titles.new);
      const got = predicted.find((pair) => pair.old === old && pair.new === neu);
      if (got?.status !== entry.status)
        console.log(
          `  labelled ${entry.status}: ${entry.old ?? "–"} → ${entry.new ?? "–"}; predicted ${got ? `${got.status} (${got.similarity})` : "no such pair"}`,
        );
    }
    for (const pair of predicted)
      if (pair.old !== null && pair.new !== null)
        console.log(
          `  predicted ${pair.status} ${pair.similarity}: ${titles.old[pair.old]} → ${titles.new[pair.new]}`,
        );
    for (const title of score.unmatched) console.log(`  no risk factor for the labelled title ${title}`);
  }
}

function printTable(title: string, scored: typeof rows) {
  const sum = (pick: (score: LineageScore) => number) =>
    scored.reduce((total, { score }) => total + pick(score), 0);
  const table = [
    [title, "pairs", "precision", "recall", "statuses", "accuracy"],
    ...scored.map(({ name, score }) => [
      name,
      String(score.labelled),
      ratio(score.correct, score.predicted),
      ratio(score.found, score.labelled),
      String(score.statuses),
      ratio(score.statusesRight, score.statuses),
    ]),
    [
      "overall",
      String(sum((s) => s.labelled)),
      ratio(
        sum((s) => s.correct),
        sum((s) => s.predicted),
      ),
      ratio(
        sum((s) => s.found),
        sum((s) => s.labelled),
      ),
      String(sum((s) => s.statuses)),
      ratio(
        sum((s) => s.statusesRight),
        sum((s) => s.statuses),
      ),
    ],
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  console.log(
    table
      .map((row) =>
        row
          .map((cell, column) =>
            column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
          )
          .join("  "),
      )
      .join("\n"),
  );
}

printTable(
  "pair",
  rows.filter((row) => !row.heldOut),
);
const heldOut = rows.filter((row) => row.heldOut);
if (heldOut.length > 0) {
  console.log("");
  printTable("held out (not tuned on)", heldOut);
}
