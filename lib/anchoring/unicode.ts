/** UTF-16 and grapheme boundary helpers: offsets are code units, but people select characters. */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return (
    i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i))
  );
}

const segmenter: Intl.Segmenter | null =
  typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
    ? new Intl.Segmenter(undefined, { granularity: "grapheme" })
    : null;

/** Grapheme clusters are short; this much text either side is enough to see a whole one. */
const CLUSTER_MARGIN = 64;

/**
 * Widens [start, end) so that it neither starts nor ends inside a grapheme cluster (a base
 * letter and its combining marks, an emoji ZWJ sequence, a surrogate pair). An approximate
 * match counts code units and may otherwise cut "é" (e + U+0301) or "👩‍💼" in two.
 */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  if (!segmenter) {
    return {
      start: splitsSurrogatePair(text, start) ? start - 1 : start,
      end: splitsSurrogatePair(text, end) ? end + 1 : end,
    };
  }
  return { start: clusterStart(text, start), end: clusterEnd(text, end) };
}

function clusterAround(text: string, i: number): { from: number; to: number } | null {
  if (i <= 0 || i >= text.length || !segmenter) return null;
  const windowStart = Math.max(0, i - CLUSTER_MARGIN);
  const windowText = text.slice(windowStart, Math.min(text.length, i + CLUSTER_MARGIN));
  const segment = segmenter.segment(windowText).containing(i - windowStart);
  if (!segment) return null;
  const from = windowStart + segment.index;
  return { from, to: from + segment.segment.length };
}

function clusterStart(text: string, i: number): number {
  const cluster = clusterAround(text, i);
  return cluster && cluster.from < i ? cluster.from : i;
}

function clusterEnd(text: string, i: number): number {
  const cluster = clusterAround(text, i);
  return cluster && cluster.from < i ? cluster.to : i;
}
