import { distance as editDistance } from "fastest-levenshtein";
import munkres from "munkres";
import {
  cosineOf,
  similarityScores,
  wordCounts,
  wordEdits,
  wordsOf,
  type SimilarityScores,
} from "./similarity";

/** A risk factor as compared: its title, and its whole text (the title and what is under it). */
export interface RiskFactorText {
  title: string;
  text: string;
}

/**
 * What became of a risk factor from the older filing to the newer:
 * - unchanged: the same words (or nearly: ALIGNMENT.same), in the same order among the others;
 * - moved: the same words, but elsewhere in the order;
 * - changed: reworded (its similarity says how much);
 * - added / removed: no counterpart;
 * - split: one older risk became several newer ones (one pair per part);
 * - merged: several older risks became one newer (one pair per part).
 */
type RiskPairStatus = "unchanged" | "changed" | "moved" | "added" | "removed" | "split" | "merged";

/** One older risk factor's fate, by index in each filing's risk factors (null: none). */
export interface RiskPair {
  old: number | null;
  new: number | null;
  status: RiskPairStatus;
  /** 0–1: how alike the two are (1 for added and removed, which have nothing to differ from). */
  similarity: number;
}

/**
 * The thresholds (see the lineage evaluation for how they were chosen):
 * - pair: least similarity for two risks to be the same risk at all;
 * - same: least word-level similarity (minEdit) to call a pair unchanged rather than changed;
 * - part: least share of a piece's words found in the whole for a split or merge;
 * - partWords: least words for a piece to count as a part of a split or merge.
 */
const ALIGNMENT = { pair: 0.3, same: 0.98, part: 0.75, partWords: 15 } as const;

/** A risk factor's words, for comparing. */
const wordsOfRisk = (risk: RiskFactorText) => wordsOf(risk.text);

/** TF-IDF weighted word vectors: words every risk uses weigh little, a risk's own words much. */
function tfidfVectors(documents: readonly string[][]): Map<string, number>[] {
  const documentFrequency = new Map<string, number>();
  for (const words of documents)
    for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  return documents.map((words) => {
    const vector = new Map<string, number>();
    for (const [word, count] of wordCounts(words)) {
      const idf = Math.log((documents.length + 1) / ((documentFrequency.get(word) ?? 0) + 1)) + 1;
      vector.set(word, count * idf);
    }
    return vector;
  });
}

/** 1 − normalized edit distance of two titles, ignoring case, punctuation and spacing. */
function titleSimilarity(a: string, b: string): number {
  const x = wordsOf(a).join(" ");
  const y = wordsOf(b).join(" ");
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 1 : 1 - editDistance(x, y) / longer;
}

/** Share of `part`'s words (with repeats) found in `whole`. */
function containment(part: readonly string[], whole: readonly string[]): number {
  if (part.length === 0) return 0;
  const wholeCounts = wordCounts(whole);
  let found = 0;
  for (const [word, count] of wordCounts(part)) found += Math.min(count, wholeCounts.get(word) ?? 0);
  return found / part.length;
}

/**
 * Whether `whole` was divided between `partner` and `piece` (a split, or read the other way a
 * merge): both are mostly its words, it is mostly their words together, and the partner alone
 * leaves a good part of it out (else the piece only shares common words).
 */
function isDivided(whole: readonly string[], partner: readonly string[], piece: readonly string[]): boolean {
  return (
    containment(partner, whole) >= ALIGNMENT.part &&
    containment(whole, [...partner, ...piece]) >= ALIGNMENT.part &&
    containment(whole, partner) < 0.9
  );
}

/** The indexes (into `values`) of a longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  }
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) kept.add(index);
  return kept;
}

/**
 * Pairs each risk factor of a newer filing with at most one of an older filing's: by how alike
 * their words are (TF-IDF cosine of title and body, 80 %) and their titles (edit distance,
 * 20 %), in the one assignment that makes the total similarity greatest (Hungarian algorithm),
 * pairs under ALIGNMENT.pair left apart. Then says what became of each: unchanged, moved,
 * changed, added, removed — and split or merged where an unpaired risk is mostly the words of
 * one on the other side whose partner is too.
 */
export function alignRiskFactors(
  older: readonly RiskFactorText[],
  newer: readonly RiskFactorText[],
): RiskPair[] {
  const olderWords = older.map(wordsOfRisk);
  const newerWords = newer.map(wordsOfRisk);
  const vectors = tfidfVectors([...olderWords, ...newerWords]);
  const similarity = older.map((oldRisk, i) =>
    newer.map(
      (newRisk, j) =>
        0.8 * cosineOf(vectors[i]!, vectors[older.length + j]!) +
        0.2 * titleSimilarity(oldRisk.title, newRisk.title),
    ),
  );
  const assigned =
    older.length > 0 && newer.length > 0
      ? munkres(similarity.map((row) => row.map((value) => 1 - value))).filter(
          ([i, j]) => similarity[i]![j]! >= ALIGNMENT.pair,
        )
      : [];
  assigned.sort((a, b) => a[0] - b[0]);
  const partnerOfOld = new Map(assigned.map(([i, j]) => [i, j]));
  const partnerOfNew = new Map(assigned.map(([i, j]) => [j, i]));

  // Same words in the same relative order: unchanged; same words elsewhere: moved.
  const inOrder = longestIncreasing(assigned.map(([, j]) => j));
  const pairs: RiskPair[] = assigned.map(([i, j], index) => {
    const same =
      1 -
      wordEdits(olderWords[i]!, newerWords[j]!).distance /
        Math.max(olderWords[i]!.length, newerWords[j]!.length, 1);
    const status: RiskPairStatus =
      same < ALIGNMENT.same ? "changed" : inOrder.has(index) ? "unchanged" : "moved";
    return { old: i, new: j, status, similarity: round(similarity[i]![j]!) };
  });

  // An unpaired risk that is mostly words of one on the other side whose partner is too: a
  // split (one older risk became these newer ones) or, read the other way, a merge.
  const sides = {
    split: { pieces: newerWords, wholes: olderWords, pieceToWhole: partnerOfNew, wholeToPiece: partnerOfOld },
    merged: {
      pieces: olderWords,
      wholes: newerWords,
      pieceToWhole: partnerOfOld,
      wholeToPiece: partnerOfNew,
    },
  } as const;
  for (const [status, side] of Object.entries(sides) as Array<[RiskPairStatus, (typeof sides)["split"]]>) {
    const asPair = (piece: number, whole: number) =>
      status === "split" ? { old: whole, new: piece } : { old: piece, new: whole };
    for (const [piece, words] of side.pieces.entries()) {
      if (side.pieceToWhole.has(piece) || words.length < ALIGNMENT.partWords) continue;
      const whole = bestContainer(words, side.wholes);
      const sibling = whole ? side.wholeToPiece.get(whole.index) : undefined;
      if (
        !whole ||
        sibling === undefined ||
        !isDivided(side.wholes[whole.index]!, side.pieces[sibling]!, words)
      )
        continue;
      const siblingPair = asPair(sibling, whole.index);
      for (const pair of pairs)
        if (pair.old === siblingPair.old && pair.new === siblingPair.new) pair.status = status;
      pairs.push({ ...asPair(piece, whole.index), status, similarity: round(whole.share) });
      side.pieceToWhole.set(piece, whole.index);
    }
  }

  for (let j = 0; j < newer.length; j++)
    if (!partnerOfNew.has(j)) pairs.push({ old: null, new: j, status: "added", similarity: 1 });
  for (let i = 0; i < older.length; i++)
    if (!partnerOfOld.has(i)) pairs.push({ old: i, new: null, status: "removed", similarity: 1 });
  // In the newer filing's order, the removed where they stood in the older.
  return pairs.sort(
    (a, b) =>
      (a.new ?? Number.POSITIVE_INFINITY) - (b.new ?? Number.POSITIVE_INFINITY) ||
      (a.old ?? -1) - (b.old ?? -1),
  );

  /** The text holding the largest share of `part`'s words, if at least ALIGNMENT.part. */
  function bestContainer(part: string[], wholes: string[][]): { index: number; share: number } | null {
    let best: { index: number; share: number } | null = null;
    for (const [index, whole] of wholes.entries()) {
      const share = containment(part, whole);
      if (share >= ALIGNMENT.part && (!best || share > best.share)) best = { index, share };
    }
    return best;
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Two filings' risk sections compared: each risk factor's fate, and the whole section's scores. */
export function compareRiskSections(
  older: readonly RiskFactorText[],
  newer: readonly RiskFactorText[],
): { pairs: RiskPair[]; scores: SimilarityScores } {
  const section = (risks: readonly RiskFactorText[]) => risks.map((risk) => risk.text).join("\n");
  const scores = similarityScores(section(older), section(newer));
  return {
    pairs: alignRiskFactors(older, newer),
    scores: {
      cosine: round(scores.cosine),
      jaccard: round(scores.jaccard),
      minEdit: round(scores.minEdit),
      simple: round(scores.simple),
    },
  };
}
