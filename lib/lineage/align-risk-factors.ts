import munkres from "munkres";
import { cosineOf, wordCounts, wordEdits, wordsOf, type SimilarityScores } from "./similarity";

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
 * The thresholds (chosen on the hand-labelled pairs; see the lineage evaluation):
 * - pair: least similarity for two risks to be the same risk at all;
 * - part: least share of a paired risk's words that it and an unpaired one on the other side
 *   hold together for the unpaired one to be a part of it (a split or merge) …
 * - gain: … when the unpaired one adds at least this share to what its partner alone holds …
 * - partShare: … and holds at least this share of the paired risk's words itself;
 * - partWords: least words for a piece to count as a part of a split or merge.
 */
const ALIGNMENT = { pair: 0.4, part: 0.75, gain: 0.1, partShare: 0.4, partWords: 15 } as const;

/** A risk factor's words, for comparing. */
const wordsOfRisk = (risk: RiskFactorText) => wordsOf(risk.text);

/** A sparse vector: term ids ascending, their weights, and its length. */
interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/**
 * TF-IDF weighted word vectors, unit-normed: words every risk uses weigh little, a risk's own
 * words much. Sparse and typed, so the hundreds of thousands of products a long risk section
 * needs stay fast.
 */
function tfidfVectors(documents: ReadonlyArray<ReadonlyMap<string, number>>): SparseVector[] {
  const termIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counted = documents.map((counts) => {
    for (const word of counts.keys()) {
      let id = termIds.get(word);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(word, id);
        documentFrequency.push(0);
      }
      documentFrequency[id]!++;
    }
    return counts;
  });
  return counted.map((counts) => {
    const entries = [...counts].map(([word, count]) => {
      const id = termIds.get(word)!;
      return [id, count * (Math.log((documents.length + 1) / (documentFrequency[id]! + 1)) + 1)] as const;
    });
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((sum, [, weight]) => sum + weight * weight, 0));
    return {
      ids: Int32Array.from(entries, ([id]) => id),
      weights: Float64Array.from(entries, ([, weight]) => weight),
      norm,
    };
  });
}

/** Cosine of a sparse vector `a` (spread over `dense`) and another, `b`. */
function denseCosine(a: SparseVector, dense: Float64Array, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (let at = 0; at < b.ids.length; at++) dot += dense[b.ids[at]!]! * b.weights[at]!;
  return Math.min(1, dot / (a.norm * b.norm));
}

/** titleSimilarity's two rows of the edit-distance table, grown as needed and reused. */
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/**
 * 1 − the word-level edit distance of two titles (as word ids) over the longer's words: a
 * renamed title ("Inventory" → "Inventory and Supply") stays close, another title does not.
 */
function titleSimilarity(x: Int32Array, y: Int32Array): number {
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 1;
  // Tens of thousands of title pairs are compared in a long section: no table allocated each.
  if (rows[0].length <= y.length) rows = [new Int32Array(y.length + 1), new Int32Array(y.length + 1)];
  let [previous, current] = rows;
  for (let j = 0; j <= y.length; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    [previous, current] = [current, previous];
  }
  return 1 - previous[y.length]! / longer;
}

/** Share of `part`'s words (with repeats) found in `whole` (both as word counts). */
function containment(part: ReadonlyMap<string, number>, whole: ReadonlyMap<string, number>): number {
  let total = 0;
  let found = 0;
  for (const [word, count] of part) {
    total += count;
    found += Math.min(count, whole.get(word) ?? 0);
  }
  return total === 0 ? 0 : found / total;
}

/** How many words a word count holds. */
const sizeOf = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);

/** Share of `part`'s words (with repeats) found in `a` and `b` together. */
function containmentInBoth(
  part: ReadonlyMap<string, number>,
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): number {
  let total = 0;
  let found = 0;
  for (const [word, count] of part) {
    total += count;
    found += Math.min(count, (a.get(word) ?? 0) + (b.get(word) ?? 0));
  }
  return total === 0 ? 0 : found / total;
}

/** Words that carry no meaning of their own: rewording them is not a change. */
const FUNCTION_WORDS = new Set(
  "a an the and or but of to in on at by for with from as that which who whom this these those is are was were be been its it".split(
    " ",
  ),
);

/**
 * A risk's words as compared for "unchanged": without numbers (a year or an amount updated is
 * not a change), function words (grammar) and plural endings ("revenue" / "revenues").
 */
const meaningfulWords = (words: readonly string[]) =>
  words
    .filter((word) => !/^\d+$/.test(word) && !FUNCTION_WORDS.has(word))
    .map((word) => word.replace(/s$/, ""));

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
  return align(older, newer).pairs;
}

/** alignRiskFactors, with each risk factor's words and each one-to-one pair's word edits. */
function align(older: readonly RiskFactorText[], newer: readonly RiskFactorText[]) {
  const olderWords = older.map(wordsOfRisk);
  const newerWords = newer.map(wordsOfRisk);
  const olderCounts = olderWords.map(wordCounts);
  const newerCounts = newerWords.map(wordCounts);
  const vectors = tfidfVectors([...olderCounts, ...newerCounts]);
  const titleIds = new Map<string, number>();
  const titles = [...older, ...newer].map((risk) =>
    Int32Array.from(wordsOf(risk.title), (word) => {
      if (!titleIds.has(word)) titleIds.set(word, titleIds.size);
      return titleIds.get(word)!;
    }),
  );
  // Each older vector spread over the whole vocabulary once, so its cosine with each newer
  // one is a walk over the newer's terms alone.
  const dense = new Float64Array(vectors.reduce((most, v) => Math.max(most, (v.ids.at(-1) ?? -1) + 1), 0));
  const similarity = older.map((_, i) => {
    const row = vectors[i]!;
    row.ids.forEach((id, at) => (dense[id] = row.weights[at]!));
    const values = newer.map((_, j) => {
      const k = older.length + j;
      const cosine = denseCosine(row, dense, vectors[k]!);
      // Bodies this far apart cannot pair whatever their titles: their titles are not compared.
      if (0.8 * cosine + 0.2 < ALIGNMENT.pair) return 0.8 * cosine;
      return 0.8 * cosine + 0.2 * titleSimilarity(titles[i]!, titles[k]!);
    });
    for (const id of row.ids) dense[id] = 0;
    return values;
  });
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
  const edits = new Map<string, ReturnType<typeof wordEdits>>();
  const pairs: RiskPair[] = assigned.map(([i, j], index) => {
    edits.set(`${i}>${j}`, wordEdits(olderWords[i]!, newerWords[j]!));
    // The same meaningful words in the same order: unchanged (or moved); any other wording: changed.
    const same = wordEdits(meaningfulWords(olderWords[i]!), meaningfulWords(newerWords[j]!)).distance === 0;
    const status: RiskPairStatus = !same ? "changed" : inOrder.has(index) ? "unchanged" : "moved";
    return { old: i, new: j, status, similarity: round(similarity[i]![j]!) };
  });

  // An unpaired risk that is mostly words of one on the other side whose partner is too: a
  // split (one older risk became these newer ones) or, read the other way, a merge.
  const sides = {
    split: {
      pieces: newerCounts,
      wholes: olderCounts,
      pieceToWhole: partnerOfNew,
      wholeToPiece: partnerOfOld,
    },
    merged: {
      pieces: olderCounts,
      wholes: newerCounts,
      pieceToWhole: partnerOfOld,
      wholeToPiece: partnerOfNew,
    },
  } as const;
  for (const [status, side] of Object.entries(sides) as Array<[RiskPairStatus, (typeof sides)["split"]]>) {
    const asPair = (piece: number, whole: number) =>
      status === "split" ? { old: whole, new: piece } : { old: piece, new: whole };
    // How much of each whole its partner alone holds: asked again for every unpaired piece.
    const alone = new Map<number, number>();
    for (const [piece, words] of side.pieces.entries()) {
      if (side.pieceToWhole.has(piece) || sizeOf(words) < ALIGNMENT.partWords) continue;
      const whole = partOf(words, side, alone);
      if (!whole) continue;
      const siblingPair = asPair(whole.partner, whole.index);
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
  pairs.sort(
    (a, b) =>
      (a.new ?? Number.POSITIVE_INFINITY) - (b.new ?? Number.POSITIVE_INFINITY) ||
      (a.old ?? -1) - (b.old ?? -1),
  );
  return { pairs, olderWords, newerWords, edits };

  /**
   * The paired risk on the other side that `piece` is a part of, if any: the one whose words
   * it and the paired risk's partner hold together (at least ALIGNMENT.part), adding the most
   * (at least ALIGNMENT.gain) to what the partner alone holds, while holding a good share
   * (ALIGNMENT.partShare) itself. A condensed merge (two long risks become one short) and an
   * expanded split are found as well as a cut in two.
   */
  function partOf(
    piece: ReadonlyMap<string, number>,
    side: {
      pieces: ReadonlyArray<ReadonlyMap<string, number>>;
      wholes: ReadonlyArray<ReadonlyMap<string, number>>;
      wholeToPiece: ReadonlyMap<number, number>;
    },
    alone: Map<number, number>,
  ): { index: number; partner: number; share: number } | null {
    let best: { index: number; partner: number; share: number; gain: number } | null = null;
    for (const [index, partner] of side.wholeToPiece) {
      const whole = side.wholes[index]!;
      const share = containment(whole, piece);
      if (share < ALIGNMENT.partShare) continue;
      if (!alone.has(index)) alone.set(index, containment(whole, side.pieces[partner]!));
      const both = containmentInBoth(whole, side.pieces[partner]!, piece);
      const gain = both - alone.get(index)!;
      if (both >= ALIGNMENT.part && gain >= ALIGNMENT.gain && (!best || gain > best.gain))
        best = { index, partner, share, gain };
    }
    return best;
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Two filings' risk sections compared: each risk factor's fate, and the whole section's four
 * scores. Cosine and Jaccard are over the section's words; the edits behind minimum edit and
 * simple are summed risk factor by risk factor over the alignment (a risk factor that only
 * moved costs nothing; an added or removed one all its words; a split or merge the difference
 * of the words of its parts) rather than one diff of the whole section, which would be slow on
 * a long section and count every move as a deletion and an insertion.
 */
export function compareRiskSections(
  older: readonly RiskFactorText[],
  newer: readonly RiskFactorText[],
): { pairs: RiskPair[]; scores: SimilarityScores } {
  const { pairs, olderWords, newerWords, edits } = align(older, newer);
  const olderTotal = olderWords.reduce((sum, words) => sum + words.length, 0);
  const newerTotal = newerWords.reduce((sum, words) => sum + words.length, 0);
  if (olderTotal === 0 && newerTotal === 0)
    return { pairs, scores: { cosine: 1, jaccard: 1, minEdit: 1, simple: 1 } };
  const olderCounts = wordCounts(olderWords.flat());
  const newerCounts = wordCounts(newerWords.flat());
  let shared = 0;
  for (const word of olderCounts.keys()) if (newerCounts.has(word)) shared++;
  let deleted = 0;
  let added = 0;
  let distance = 0;
  const count = (edit: { deleted: number; added: number; distance: number }) => {
    deleted += edit.deleted;
    added += edit.added;
    distance += edit.distance;
  };
  const grouped = { old: new Set<number>(), new: new Set<number>() };
  for (const pair of pairs) {
    if (pair.old !== null && pair.new === null)
      count({ deleted: olderWords[pair.old]!.length, added: 0, distance: olderWords[pair.old]!.length });
    else if (pair.old === null && pair.new !== null)
      count({ deleted: 0, added: newerWords[pair.new]!.length, distance: newerWords[pair.new]!.length });
    else if (pair.old !== null && pair.new !== null) {
      const edit = edits.get(`${pair.old}>${pair.new}`);
      if (edit && pair.status !== "split" && pair.status !== "merged") count(edit);
      else {
        grouped.old.add(pair.old);
        grouped.new.add(pair.new);
      }
    }
  }
  // Splits and merges: the words their parts do not share.
  const groupOld = wordCounts([...grouped.old].flatMap((i) => olderWords[i]!));
  const groupNew = wordCounts([...grouped.new].flatMap((j) => newerWords[j]!));
  let groupShared = 0;
  for (const [word, n] of groupOld) groupShared += Math.min(n, groupNew.get(word) ?? 0);
  const groupOldTotal = [...groupOld.values()].reduce((sum, n) => sum + n, 0);
  const groupNewTotal = [...groupNew.values()].reduce((sum, n) => sum + n, 0);
  count({
    deleted: groupOldTotal - groupShared,
    added: groupNewTotal - groupShared,
    distance: Math.max(groupOldTotal, groupNewTotal) - groupShared,
  });
  return {
    pairs,
    scores: {
      cosine: round(cosineOf(olderCounts, newerCounts)),
      jaccard: round(shared / (olderCounts.size + newerCounts.size - shared)),
      minEdit: round(1 - distance / Math.max(olderTotal, newerTotal)),
      simple: round(Math.max(0, 1 - (deleted + added) / ((olderTotal + newerTotal) / 2))),
    },
  };
}
