import { z } from "zod";
import type { RiskPair } from "./align-risk-factors";
import { wordsOf } from "./similarity";

/** A hand-labelled pair of filings (lib/lineage/__fixtures__/*.labels.json). */
export const lineageLabelsSchema = z.object({
  old: z.string(),
  new: z.string(),
  pairs: z.array(
    z.object({
      old: z.string().nullable(),
      new: z.string().nullable(),
      status: z.enum(["unchanged", "changed", "moved", "added", "removed", "split", "merged"]),
    }),
  ),
  notes: z.string().optional(),
  /** Kept out of threshold tuning: `npm run eval:lineage` reports it apart. */
  heldOut: z.boolean().optional(),
});
export type LineageLabels = z.infer<typeof lineageLabelsSchema>;

/** How an alignment did against the labels of one pair of filings. */
export interface LineageScore {
  /** Predicted pairs (both sides) among labelled risks, and how many of them the labels have. */
  predicted: number;
  correct: number;
  /** Labelled pairs (both sides), and how many of them were predicted. */
  labelled: number;
  found: number;
  /** Labelled entries, and how many got the labelled status. */
  statuses: number;
  statusesRight: number;
  /** Labelled titles the analysis has no risk factor for. */
  unmatched: string[];
}

const normalized = (title: string) => wordsOf(title).join(" ");

/**
 * The index of the analysed risk factor a labelled title names: the one whose title equals it,
 * else starts with it (labels carry titles as written; the analysis may take in more of the line).
 */
export function matchTitle(label: string, titles: readonly string[]): number | null {
  const wanted = normalized(label);
  const all = titles.map(normalized);
  const exact = all.indexOf(wanted);
  if (exact !== -1) return exact;
  const prefixed = all.findIndex((title) => title.startsWith(wanted) || wanted.startsWith(title));
  return prefixed === -1 ? null : prefixed;
}

/**
 * Scores an alignment against hand labels. Pairs involving a risk factor the labels do not
 * name (a paragraph the analysis took for a risk) count neither way.
 */
export function scoreAlignment(
  labels: LineageLabels,
  titles: { old: readonly string[]; new: readonly string[] },
  predicted: readonly RiskPair[],
): LineageScore {
  const unmatched: string[] = [];
  const index = (side: "old" | "new", title: string | null) => {
    if (title === null) return null;
    const found = matchTitle(title, titles[side]);
    if (found === null) unmatched.push(`${side}: ${title}`);
    return found;
  };
  const entries = labels.pairs.map((entry) => ({
    old: index("old", entry.old),
    new: index("new", entry.new),
    status: entry.status,
  }));
  const labelledOld = new Set(entries.flatMap((entry) => (entry.old === null ? [] : [entry.old])));
  const labelledNew = new Set(entries.flatMap((entry) => (entry.new === null ? [] : [entry.new])));
  const key = (pair: { old: number | null; new: number | null }) => `${pair.old}>${pair.new}`;
  const labelledPairs = new Set(
    entries.filter((entry) => entry.old !== null && entry.new !== null).map((entry) => key(entry)),
  );
  const predictedPairs = predicted.filter(
    (pair) =>
      pair.old !== null && pair.new !== null && labelledOld.has(pair.old) && labelledNew.has(pair.new),
  );
  const byKey = new Map(predicted.map((pair) => [key(pair), pair]));
  const statusesRight = entries.filter((entry) => byKey.get(key(entry))?.status === entry.status).length;
  return {
    predicted: predictedPairs.length,
    correct: predictedPairs.filter((pair) => labelledPairs.has(key(pair))).length,
    labelled: labelledPairs.size,
    found: [...labelledPairs].filter((pair) => byKey.has(pair)).length,
    statuses: entries.length,
    statusesRight,
    unmatched,
  };
}
