import { diffArrays } from "diff";

/** The four year-over-year similarity measures of "Lazy Prices" (Cohen, Malloy & Nguyen 2020). */
export interface SimilarityScores {
  /** Cosine of the two texts' word-count vectors. */
  cosine: number;
  /** Shared distinct words over all distinct words. */
  jaccard: number;
  /** 1 − (word-level edit distance ÷ the longer text's words): a replaced word costs one edit. */
  minEdit: number;
  /** 1 − ((words added + words deleted) ÷ the texts' average length), at least 0. */
  simple: number;
}

/** Past this many edits the word diff gives up (a rewrite): edits are then counted from the word bags. */
const MOST_DIFF_EDITS = 2_000;

/** A text's words, lowercased: runs of letters and digits ("$3,012 million" → "3", "012", "million"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How many times each word occurs. */
export function wordCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Cosine of two count vectors (0 when either is empty). */
export function cosineOf(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, value] of small) dot += value * (large.get(word) ?? 0);
  let normA = 0;
  let normB = 0;
  for (const value of a.values()) normA += value * value;
  for (const value of b.values()) normB += value * value;
  if (normA === 0 || normB === 0) return 0;
  // Rounded off at 12 places: the same words give exactly 1, not 0.9999999999999998.
  return Math.min(1, Math.round((dot / Math.sqrt(normA * normB)) * 1e12) / 1e12);
}

/**
 * Words deleted and added between two word lists, and the word-level edit distance (each run
 * of deletions beside a run of additions costs the longer of the two: replacements count
 * once). From a Myers diff; past MOST_DIFF_EDITS, from the difference of the word bags (a
 * lower bound, for texts that were rewritten).
 */
export function wordEdits(
  older: readonly string[],
  newer: readonly string[],
): { deleted: number; added: number; distance: number } {
  const changes = diffArrays(older as string[], newer as string[], { maxEditLength: MOST_DIFF_EDITS });
  if (!changes) {
    const olderCounts = wordCounts(older);
    let shared = 0;
    for (const [word, count] of wordCounts(newer)) shared += Math.min(count, olderCounts.get(word) ?? 0);
    const deleted = older.length - shared;
    const added = newer.length - shared;
    return { deleted, added, distance: Math.max(deleted, added) };
  }
  let deleted = 0;
  let added = 0;
  let distance = 0;
  let runDeleted = 0;
  let runAdded = 0;
  const endRun = () => {
    distance += Math.max(runDeleted, runAdded);
    runDeleted = 0;
    runAdded = 0;
  };
  for (const change of changes) {
    if (change.removed) {
      deleted += change.count;
      runDeleted += change.count;
    } else if (change.added) {
      added += change.count;
      runAdded += change.count;
    } else endRun();
  }
  endRun();
  return { deleted, added, distance };
}

/** The four similarity measures of an older and a newer text (1: the same words in the same order). */
export function similarityScores(older: string, newer: string): SimilarityScores {
  const a = wordsOf(older);
  const b = wordsOf(newer);
  if (a.length === 0 && b.length === 0) return { cosine: 1, jaccard: 1, minEdit: 1, simple: 1 };
  const countsA = wordCounts(a);
  const countsB = wordCounts(b);
  let shared = 0;
  for (const word of countsA.keys()) if (countsB.has(word)) shared++;
  const union = countsA.size + countsB.size - shared;
  const { deleted, added, distance } = wordEdits(a, b);
  return {
    cosine: cosineOf(countsA, countsB),
    jaccard: union === 0 ? 1 : shared / union,
    minEdit: 1 - distance / Math.max(a.length, b.length),
    simple: Math.max(0, 1 - (deleted + added) / ((a.length + b.length) / 2)),
  };
}
