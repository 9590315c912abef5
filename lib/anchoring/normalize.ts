/**
 * Whitespace-insensitive view of a text. Re-imported filings often differ only in line breaks
 * and doubled spaces; comparing with every whitespace run read as one space keeps those
 * changes from breaking anchors, and the offset map gives results in the real text.
 */

const WHITESPACE_RUN = /\s+/g;

/** Replaces every run of whitespace with a single space. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, " ");
}

/** A text with whitespace runs collapsed, and maps between its offsets and the original's. */
export interface NormalizedText {
  /** The original text with each whitespace run replaced by one space. */
  readonly text: string;
  /** Offset in the original text of normalised offset `index` (0 ≤ index ≤ text.length). */
  toOriginal(index: number): number;
  /** Normalised offset of the character holding original `offset` (a run maps to its space). */
  fromOriginal(offset: number): number;
}

/** Collapses whitespace in `original`, remembering where each normalised character came from. */
export function normalizeText(original: string): NormalizedText {
  const text = collapseWhitespace(original);
  // Same length means every run was a single character: offsets are unchanged.
  if (text.length === original.length) {
    const clamp = (i: number) => Math.min(Math.max(i, 0), original.length);
    return { text, toOriginal: clamp, fromOriginal: clamp };
  }

  // starts[i] is the original offset of normalised character i; starts[length] is the end.
  const starts = new Int32Array(text.length + 1);
  let n = 0;
  let copied = 0;
  for (const run of original.matchAll(WHITESPACE_RUN)) {
    for (let i = copied; i < run.index; i++) starts[n++] = i;
    starts[n++] = run.index;
    copied = run.index + run[0].length;
  }
  for (let i = copied; i < original.length; i++) starts[n++] = i;
  starts[n] = original.length;

  return {
    text,
    toOriginal: (index) => starts[Math.min(Math.max(index, 0), text.length)] ?? original.length,
    fromOriginal: (offset) => {
      // Largest i with starts[i] <= offset.
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] ?? Infinity) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}
