import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeFiling } from "../filing/analyze";
import { decodeFilingBytes } from "../filing/decode";
import type { RiskFactorText } from "./align-risk-factors";
import { lineageLabelsSchema, type LineageLabels } from "./evaluation";

/** Where the hand-labelled pairs of real annual reports are (see its SOURCES.md). */
const CORPUS = path.join(import.meta.dirname, "__fixtures__");

/** A file of the corpus analysed: its risk factors, each with its whole text. */
function riskFactorsOf(file: string): RiskFactorText[] {
  const analysis = analyzeFiling({
    content: decodeFilingBytes(readFileSync(path.join(CORPUS, file))),
    fileName: file,
  });
  return analysis.riskFactors.map((risk) => ({
    title: risk.title,
    text: analysis.text.slice(risk.start, risk.end),
  }));
}

/** Every labelled pair of the corpus, by name, with both filings' risk factors as analysed. */
export function readLineageCorpus(): Array<{
  name: string;
  labels: LineageLabels;
  older: RiskFactorText[];
  newer: RiskFactorText[];
}> {
  return readdirSync(CORPUS)
    .filter((file) => file.endsWith(".labels.json"))
    .sort()
    .map((file) => {
      const labels = lineageLabelsSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, file), "utf8")));
      return {
        name: file.replace(/\.labels\.json$/, ""),
        labels,
        older: riskFactorsOf(labels.old),
        newer: riskFactorsOf(labels.new),
      };
    });
}
