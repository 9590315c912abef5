/**
 * Scores an analysis against a hand-labelled filing of the evaluation corpus
 * (`lib/filing/__fixtures__/eval/*.labels.json`): risk-factor titles found and extras, figures
 * found in the labelled passages (every figure of a passage is labelled, so anything else found
 * there is a false positive), and the group and category an analyst chose.
 *
 * Text is compared after normalisation: case, curly quotes and dashes, runs of white space, a
 * leading enumerator or bullet and trailing punctuation do not matter.
 */
import { z } from "zod";
import { riskGroupOf, RISK_GROUPS, type FigureKind, type FilingAnalysis, type RiskGroup } from "./types";

const labelledFigure = z.object({
  text: z.string().min(1),
  kind: z.enum(["money", "percent", "date", "shareCount", "other"]),
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
});

/** One labelled filing of the evaluation corpus. */
export const filingLabelsSchema = z.object({
  file: z.string().min(1),
  company: z.string(),
  form: z.string(),
  year: z.number().int(),
  format: z.enum(["text", "html", "ixbrl"]),
  riskSection: z.boolean(),
  riskFactorTitles: z.array(z.string().min(1)),
  groupHeadings: z.array(z.string()).optional(),
  categories: z.array(
    z.object({ title: z.string().min(1), group: z.enum(RISK_GROUPS), category: z.string().optional() }),
  ),
  figures: z.array(z.object({ passage: z.string().min(1), figures: z.array(labelledFigure) })),
  notes: z.string().optional(),
});
export type FilingLabels = z.infer<typeof filingLabelsSchema>;
type LabelledFigure = z.infer<typeof labelledFigure>;

/** How one filing scored. */
export interface FilingScore {
  file: string;
  titles: { labelled: number; found: number; matched: number; missed: string[]; extras: string[] };
  /** The filing has a risk section but no titles were found: the reader says so. */
  notItemised: boolean;
  figures: {
    labelled: number;
    /** Figures the analysis found inside the labelled passages. */
    found: number;
    matched: number;
    missed: string[];
    wrong: string[];
    /** Labelled passages not found in the canonical text (a label to fix). */
    passagesNotFound: number;
  };
  categories: {
    /** Labelled risk factors the analysis found (only those can agree). */
    judged: number;
    /** …of which the analyst also named a finer category. */
    categoryJudged: number;
    groupAgreed: number;
    categoryAgreed: number;
    disagreements: string[];
  };
}

const NORMALISE: [RegExp, string][] = [
  [/[\u2018\u2019\u201b\u2032`]/g, "'"],
  [/[\u201c\u201d\u201f\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, "-"],
  [/[\s\u00a0\u2007\u202f]+/g, " "],
];

/** Lowercase, straight quotes and dashes, single spaces. */
function normaliseText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of NORMALISE) out = out.replace(pattern, replacement);
  return out.trim().toLowerCase();
}

/** A title for comparison: normalised, without a leading enumerator or bullet, or final punctuation. */
export function normaliseTitle(title: string): string {
  return normaliseText(title)
    .replace(/^(?:[•·●◦▪■\-*]|\(?[0-9]{1,2}[.)]|\([a-z]\))\s*/, "")
    .replace(/[\s.:;,!?"']+$/, "")
    .trim();
}

/** Does a found title stand for a labelled one: equal, or one the start of the other and nearly as long? */
function sameTitle(found: string, labelled: string): boolean {
  if (found === labelled) return true;
  const [short, long] = found.length < labelled.length ? [found, labelled] : [labelled, found];
  return short.length >= 20 && long.startsWith(short) && short.length >= long.length * 0.85;
}

/**
 * Pairs found titles with labelled ones in document order (each used once). Returns, for each
 * labelled title, the index of the found title standing for it, or -1.
 */
function pairTitles(found: readonly string[], labelled: readonly string[]): number[] {
  const used = new Set<number>();
  return labelled.map((title) => {
    const index = found.findIndex((candidate, i) => !used.has(i) && sameTitle(candidate, title));
    if (index >= 0) used.add(index);
    return index;
  });
}

/** Maps offsets of a whitespace-collapsed, lowercased copy back to the original text. */
function normalisedWithMap(text: string): { normal: string; origin: number[] } {
  let normal = "";
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i] ?? "";
    if (/[\s\u00a0\u2007\u202f]/.test(ch)) {
      if (space || normal.length === 0) continue;
      space = true;
      ch = " ";
    } else {
      space = false;
      for (const [pattern, replacement] of NORMALISE) ch = ch.replace(pattern, replacement);
      const lower = ch.toLowerCase();
      if (lower.length === ch.length) ch = lower;
    }
    normal += ch;
    origin.push(i);
  }
  origin.push(text.length);
  return { normal, origin };
}

function sameValue(a: number | string, b: number | string): boolean {
  if (typeof a === "number" && typeof b === "number")
    return a === b || Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
  return String(a) === String(b);
}

function sameFigure(
  found: { kind: FigureKind; value: number | string; unit: string },
  label: LabelledFigure,
) {
  if (found.kind !== label.kind || !sameValue(found.value, label.value)) return false;
  return found.kind !== "money" || found.unit === label.unit;
}

function describe(figure: { text: string; kind: string; value: number | string; unit: string }): string {
  return `${JSON.stringify(figure.text)} ${figure.kind} ${String(figure.value)} ${figure.unit}`;
}

/** Scores one analysis against its labels. */
export function scoreFiling(labels: FilingLabels, analysis: FilingAnalysis): FilingScore {
  // Titles.
  const found = analysis.riskFactors.map((risk) => normaliseTitle(risk.title));
  const labelled = labels.riskFactorTitles.map(normaliseTitle);
  const pairs = pairTitles(found, labelled);
  const pairedFound = new Set(pairs.filter((i) => i >= 0));
  const titles = {
    labelled: labelled.length,
    found: found.length,
    matched: pairedFound.size,
    missed: labels.riskFactorTitles.filter((_, i) => (pairs[i] ?? -1) < 0),
    extras: analysis.riskFactors.filter((_, i) => !pairedFound.has(i)).map((risk) => risk.title),
  };

  // Figures in the labelled passages.
  const { normal, origin } = normalisedWithMap(analysis.text);
  const figures = {
    labelled: 0,
    found: 0,
    matched: 0,
    missed: [] as string[],
    wrong: [] as string[],
    passagesNotFound: 0,
  };
  for (const passage of labels.figures) {
    figures.labelled += passage.figures.length;
    const at = normal.indexOf(normaliseText(passage.passage));
    if (at < 0) {
      figures.passagesNotFound++;
      figures.missed.push(...passage.figures.map(describe));
      continue;
    }
    const start = origin[at] ?? 0;
    const end = origin[at + normaliseText(passage.passage).length] ?? analysis.text.length;
    const inside = analysis.figures.filter((figure) => figure.start >= start && figure.end <= end);
    figures.found += inside.length;
    const used = new Set<number>();
    for (const label of passage.figures) {
      const index = inside.findIndex((figure, i) => !used.has(i) && sameFigure(figure, label));
      if (index < 0) figures.missed.push(describe(label));
      else used.add(index);
    }
    figures.matched += used.size;
    inside.forEach((figure, i) => {
      if (!used.has(i)) figures.wrong.push(describe(figure));
    });
  }

  // Categories of the labelled risk factors that were found.
  const categories = {
    judged: 0,
    categoryJudged: 0,
    groupAgreed: 0,
    categoryAgreed: 0,
    disagreements: [] as string[],
  };
  for (const label of labels.categories) {
    const prefix = normaliseTitle(label.title);
    const labelIndex = labelled.findIndex((title) => title.startsWith(prefix));
    const foundIndex = labelIndex >= 0 ? (pairs[labelIndex] ?? -1) : -1;
    const risk = foundIndex >= 0 ? analysis.riskFactors[foundIndex] : undefined;
    if (risk === undefined) continue;
    categories.judged++;
    const group: RiskGroup = riskGroupOf(risk.category);
    if (group === label.group) categories.groupAgreed++;
    else
      categories.disagreements.push(
        `${label.title.slice(0, 60)}: ${group}/${risk.category}, analyst ${label.group}/${label.category ?? "?"}`,
      );
    if (label.category !== undefined) {
      categories.categoryJudged++;
      if (label.category === risk.category) categories.categoryAgreed++;
    }
  }

  return {
    file: labels.file,
    titles,
    notItemised: labels.riskSection && analysis.riskFactors.length === 0,
    figures,
    categories,
  };
}

/** The corpus's overall numbers (ratios 0–1). */
export interface EvaluationTotals {
  titleRecall: number;
  /** Extras per title found. */
  titleExtras: number;
  figureRecall: number;
  figurePrecision: number;
  groupAgreement: number;
  categoryAgreement: number;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Sums the scores of every filing into overall ratios. */
export function totalScores(scores: readonly FilingScore[]): EvaluationTotals {
  const sum = (pick: (score: FilingScore) => number): number => scores.reduce((n, s) => n + pick(s), 0);
  return {
    titleRecall: ratio(
      sum((s) => s.titles.matched),
      sum((s) => s.titles.labelled),
    ),
    titleExtras: ratio(
      sum((s) => s.titles.extras.length),
      sum((s) => s.titles.found),
    ),
    figureRecall: ratio(
      sum((s) => s.figures.matched),
      sum((s) => s.figures.labelled),
    ),
    figurePrecision: ratio(
      sum((s) => s.figures.matched),
      sum((s) => s.figures.found),
    ),
    groupAgreement: ratio(
      sum((s) => s.categories.groupAgreed),
      sum((s) => s.categories.judged),
    ),
    categoryAgreement: ratio(
      sum((s) => s.categories.categoryAgreed),
      sum((s) => s.categories.categoryJudged),
    ),
  };
}

/** Names of the overall numbers below their floor (extras: above their ceiling). */
export function belowFloors(totals: EvaluationTotals, floors: EvaluationTotals): (keyof EvaluationTotals)[] {
  return (Object.keys(floors) as (keyof EvaluationTotals)[]).filter((key) =>
    key === "titleExtras" ? totals[key] > floors[key] + 1e-9 : totals[key] < floors[key] - 1e-9,
  );
}
