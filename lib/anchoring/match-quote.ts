/**
 * Approximate quote matching and candidate scoring, after Hypothesis's match-quote.ts: a
 * candidate is scored on how well the quote, the prefix and the suffix agree and how near it is
 * to where the annotation used to be.
 */
import search from "approx-string-match";

/** A place the quote may be: [start, end) and the edit distance between it and the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  score: number;
}

/** What a candidate is compared with, all in the same (normalised) coordinates as the text. */
export interface MatchContext {
  quote: string;
  prefix: string;
  suffix: string;
  /** Where the quote used to start, if known. */
  hint?: number;
}

// Hypothesis's weights: the quote dominates, the context disambiguates, position breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Every occurrence of `quote` in `text`, overlapping ones included. */
export function exactMatches(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  if (quote.length === 0) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * The lowest-error approximate matches of `quote` in text[from, to), in text coordinates.
 * approx-string-match reports only the matches with the fewest errors, so a search of the
 * whole text can hide a slightly worse match elsewhere: callers also search narrower regions.
 */
export function approximateMatches(
  text: string,
  quote: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): Candidate[] {
  if (quote.length === 0 || maxErrors < 0 || to <= from) return [];
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(region, quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
}

/**
 * Fewest edits (insertions, deletions, substitutions) turning `pattern` into some substring of
 * `text`: Sellers' algorithm. Contexts are short (32 units), where this plain O(m·n) loop is
 * several times faster than the bit-parallel library with its allocations, and exact-quote
 * scoring runs it for every occurrence of a common word.
 */
export function substringDistance(text: string, pattern: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  // column[i]: fewest edits matching pattern[0, i) to a substring ending at the current text position.
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let diagonal = 0; // The empty pattern prefix matches anywhere for free.
    let above = 0;
    for (let i = 1; i <= m; i++) {
      const left = column[i]!;
      const value = Math.min(diagonal + (pattern.charCodeAt(i - 1) === c ? 0 : 1), left + 1, above + 1);
      diagonal = left;
      column[i] = value;
      above = value;
    }
    if (above < best) best = above;
  }
  return best;
}

/**
 * How well `context` matches somewhere in `slice`: 1 - (fewest edits / context length), as
 * Hypothesis scores it. An empty context agrees with anything; a non-empty one with nothing
 * at a text edge.
 */
export function contextScore(slice: string, context: string): number {
  if (context.length === 0) return 1;
  if (slice.length === 0) return 0;
  if (slice === context) return 1;
  return 1 - substringDistance(slice, context) / context.length;
}

/**
 * The candidate's score in [0, 1], Hypothesis's weighted sum divided by its maximum. Given
 * `mustBeat`, it may stop early and return an upper bound below `mustBeat` instead: most
 * occurrences of a common word cannot beat the best one found so far, and scoring context is
 * the expensive part.
 */
export function scoreCandidate(
  text: string,
  candidate: Candidate,
  context: MatchContext,
  mustBeat = -Infinity,
): number {
  const quoteScore = 1 - candidate.errors / Math.max(1, context.quote.length);
  const positionScore =
    context.hint === undefined ? 1 : 1 - Math.abs(candidate.start - context.hint) / Math.max(1, text.length);
  let score =
    (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT * positionScore) / MAX_SCORE;
  if (score < mustBeat) return score;

  const prefixScore = contextScore(
    text.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start),
    context.prefix,
  );
  score -= (PREFIX_WEIGHT * (1 - prefixScore)) / MAX_SCORE;
  if (score < mustBeat) return score;

  const suffixScore = contextScore(
    text.slice(candidate.end, candidate.end + context.suffix.length),
    context.suffix,
  );
  return score - (SUFFIX_WEIGHT * (1 - suffixScore)) / MAX_SCORE;
}

/** True when `a` should be preferred to `b`: higher score, then fewer errors, then nearer, then earlier. */
export function isBetter(a: ScoredCandidate, b: ScoredCandidate | undefined, hint?: number): boolean {
  if (!b) return true;
  if (a.score !== b.score) return a.score > b.score;
  if (a.errors !== b.errors) return a.errors < b.errors;
  if (hint !== undefined) {
    const da = Math.abs(a.start - hint);
    const db = Math.abs(b.start - hint);
    if (da !== db) return da < db;
  }
  return a.start < b.start || (a.start === b.start && a.end < b.end);
}

/**
 * How far a boundary may move to meet its context. Not tied to the error count: dropping the
 * quote's last t characters costs t errors but skips an insertion of any length after them.
 */
const MAX_BOUNDARY_SHIFT = 64;

/**
 * Moves the edges of a fuzzy match to where its prefix and suffix are found verbatim nearby.
 * approx-string-match reports only the fewest-error ends, so when the quote's last words were
 * rewritten ("single source." → "sole supplier.") the match may stop short of the untouched
 * suffix; the context tells where the passage really ends. Only exact context counts, so an
 * edited context leaves the edge as matched.
 */
export function alignToContext(text: string, match: Candidate, context: MatchContext): Candidate {
  if (match.errors === 0) return match;
  const reach = MAX_BOUNDARY_SHIFT;
  let { start, end } = match;

  if (context.suffix.length > 0) {
    const from = Math.max(start + 1, end - reach);
    const found = nearestExact(text, context.suffix, from, end + reach + context.suffix.length, end, "start");
    if (found !== undefined) end = found;
  } else if (context.prefix.length > 0 && text.length - end <= reach) {
    // Context on one side only: the quote was clipped by the end of the text, and still is.
    end = text.length;
  }
  if (context.prefix.length > 0) {
    const from = Math.max(0, start - reach - context.prefix.length);
    const found = nearestExact(text, context.prefix, from, Math.min(end - 1, start + reach), start, "end");
    if (found !== undefined) start = found;
  } else if (context.suffix.length > 0 && start <= reach) {
    start = 0;
  }
  return start < end ? { ...match, start, end } : match;
}

/** The `edge` of the occurrence of `needle` within text[from, to) nearest to `target`. */
function nearestExact(
  text: string,
  needle: string,
  from: number,
  to: number,
  target: number,
  edge: "start" | "end",
): number | undefined {
  const region = text.slice(from, Math.min(text.length, to));
  let best: number | undefined;
  for (let at = region.indexOf(needle); at !== -1; at = region.indexOf(needle, at + 1)) {
    const offset = from + at + (edge === "end" ? needle.length : 0);
    if (best === undefined || Math.abs(offset - target) < Math.abs(best - target)) best = offset;
  }
  return best;
}
