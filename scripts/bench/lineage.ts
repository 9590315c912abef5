/**
 * The year-over-year rows of `npm run bench`: comparing the risk factors of two ~500 KB
 * filings (alignment and the section's four scores; the analyses are stored, so not timed),
 * and following every risk factor through ten years of reports.
 */
import fs from "node:fs";
import path from "node:path";
import { analyzeFiling } from "../../lib/filing/analyze";
import { compareRiskSections, type RiskFactorText } from "../../lib/lineage/align-risk-factors";
import { buildLineages } from "../../lib/lineage/lineage";

export interface LineageTiming {
  riskFactors: number;
  compareMs: { p50: number; p95: number };
  tenYearsMs: number;
  lineages: number;
}

/**
 * Next year's risk factors, deterministically: some removed, some reworded (one word in nine
 * replaced), a few new ones (mostly words of their own), two swapped; `year` varies which.
 */
function nextYear(risks: readonly RiskFactorText[], year: number): RiskFactorText[] {
  const next: RiskFactorText[] = [];
  for (const [index, risk] of risks.entries()) {
    const at = index + year;
    if (at % 11 === 3) continue;
    if (at % 7 === 2)
      next.push({
        title: risk.title,
        text: risk.text
          .split(" ")
          .map((word, position) => (position % 9 === 4 ? `revised${year}` : word))
          .join(" "),
      });
    else next.push(risk);
    if (at % 17 === 5)
      next.push({
        title: `New risk ${year}.${index}`,
        // Two words in three its own: a new subject in the filing's common language.
        text: `New risk ${year}.${index}\n${risk.text
          .split(" ")
          .map((word, position) => (position % 3 === 0 ? word : `${word}${year}x${index}`))
          .join(" ")}`,
      });
  }
  if (next.length > 24) [next[20], next[23]] = [next[23]!, next[20]!];
  return next;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Times the comparison of the 500 KB filing with its next year (7 runs) and a ten-year lineage. */
export function measureLineage(root: string, fixture: string): LineageTiming {
  const content = fs.readFileSync(path.join(root, fixture), "utf8");
  const analysis = analyzeFiling({ content, fileName: path.basename(fixture) });
  const risks = analysis.riskFactors.map((risk) => ({
    title: risk.title,
    text: analysis.text.slice(risk.start, risk.end),
  }));
  const later = nextYear(risks, 1);
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    compareRiskSections(risks, later);
    times.push(performance.now() - started);
  }
  const reports = [{ key: "y0", riskFactors: risks }];
  for (let year = 1; year < 10; year++)
    reports.push({ key: `y${year}`, riskFactors: nextYear(reports.at(-1)!.riskFactors, year) });
  const started = performance.now();
  const lineages = buildLineages(reports);
  const tenYearsMs = performance.now() - started;
  return {
    riskFactors: risks.length,
    compareMs: { p50: median(times), p95: Math.max(...times) },
    tenYearsMs,
    lineages: lineages.length,
  };
}
