/**
 * The labelled evaluation corpus on disk: `__fixtures__/eval/*.labels.json`, each naming its
 * filing (relative to the labels file). Read by `npm run eval:analysis` and the regression test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeFiling } from "./analyze";
import { decodeFilingBytes } from "./decode";
import {
  filingLabelsSchema,
  scoreFiling,
  type EvaluationTotals,
  type FilingLabels,
  type FilingScore,
} from "./evaluation";

/** Where the corpus lives. */
const EVALUATION_CORPUS_DIR = path.join(import.meta.dirname, "__fixtures__", "eval");

/** One labelled filing: its labels and its file's text. */
export interface CorpusFiling {
  labels: FilingLabels;
  content: string;
}

/** Reads every labelled filing of the corpus, sorted by file name; invalid labels throw. */
export function readEvaluationCorpus(dir: string = EVALUATION_CORPUS_DIR): CorpusFiling[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".labels.json"))
    .sort()
    .map((name) => {
      const parsed = filingLabelsSchema.safeParse(JSON.parse(readFileSync(path.join(dir, name), "utf8")));
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
      const content = decodeFilingBytes(readFileSync(path.join(dir, parsed.data.file)));
      return { labels: parsed.data, content };
    });
}

/** Analyses and scores every filing of the corpus. */
export function evaluateCorpus(corpus: readonly CorpusFiling[]): FilingScore[] {
  return corpus.map(({ labels, content }) =>
    scoreFiling(labels, analyzeFiling({ content, fileName: path.basename(labels.file) })),
  );
}

/** The regression floors (`eval/floors.json`): the overall numbers the analysis has reached. */
export function readFloors(dir: string = EVALUATION_CORPUS_DIR): EvaluationTotals {
  return JSON.parse(readFileSync(path.join(dir, "floors.json"), "utf8")) as EvaluationTotals;
}
