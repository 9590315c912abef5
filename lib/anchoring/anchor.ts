import { DEFAULT_CONTEXT_LENGTH } from "./describe";
import {
  alignToContext,
  approximateMatches,
  exactMatches,
  isBetter,
  scoreCandidate,
  type Candidate,
  type MatchContext,
  type ScoredCandidate,
} from "./match-quote";
import { collapseWhitespace, normalizeText, type NormalizedText } from "./normalize";
import type { AnchorOptions, AnchorResult, AnchorSelectors, Anchored } from "./types";
import { snapToGraphemes } from "./unicode";

const ORPHAN = { status: "orphan" } as const;
const DEFAULT_MIN_SCORE = 0.6;
const DEFAULT_MAX_ERRORS = 256;
const MIN_WINDOW_RADIUS = 2048;
/**
 * A candidate this good (the quote plus most of its context) is taken without searching
 * further. An exact quote in unrelated context scores about 0.7 and does not stop the search,
 * so a quote edited in place still beats a stale copy of it elsewhere in the filing.
 */
const CONFIDENT_SCORE = 0.85;
/** Bounds the work when a short quote and its context match approximately in many places. */
const MAX_CONTEXT_REGIONS = 32;

/**
 * A text prepared for anchoring many annotations: the whitespace-normalised view is built once,
 * on first need, instead of once per annotation (filings run to a million characters).
 */
export interface PreparedText {
  readonly text: string;
  readonly normalized: NormalizedText;
}

/** Prepares `text` for repeated `anchor` calls. */
export function prepareText(text: string): PreparedText {
  let normalized: NormalizedText | undefined;
  return {
    text,
    get normalized() {
      normalized ??= normalizeText(text);
      return normalized;
    },
  };
}

/** See AnchorOptions.maxFuzzyCost. */
const DEFAULT_MAX_FUZZY_COST = 4e9;

/**
 * Finds where an annotation's selectors point in `text` (which may have changed since they
 * were made). In order:
 * 1. the stored position, if the text there is still exactly the quote (`exact-position`);
 * 2. every exact occurrence of the quote, whitespace runs compared as one space, scored on
 *    prefix/suffix agreement and nearness to the old position (`exact-quote`);
 * 3. approximate matches of the quote with up to min(256, quote length / 2) errors, first
 *    near the old position, then in the whole text, then where the prefix + quote + suffix
 *    match approximately, scored 50/20/20/2 on quote, prefix, suffix and position like
 *    Hypothesis (`fuzzy`). Exact occurrences compete with these unless their context agrees.
 * The best candidate is kept if its score reaches `options.minScore`, else the result is an orphan.
 */
export function anchor(
  target: string | PreparedText,
  selectors: AnchorSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  const prepared = typeof target === "string" ? prepareText(target) : target;
  const text = prepared.text;
  const exact = selectors.quote.exact;
  if (typeof exact !== "string" || exact.length === 0) return ORPHAN;

  const position = selectors.position;
  if (position && isRange(position.start, position.end, text.length)) {
    if (text.slice(position.start, position.end) === exact) {
      return { status: "exact-position", start: position.start, end: position.end, score: 1 };
    }
  }

  const normalized = prepared.normalized;
  const haystack = normalized.text;
  const context: MatchContext = {
    quote: collapseWhitespace(exact),
    // Older selectors may carry longer context; only the part next to the quote is compared.
    prefix: collapseWhitespace(selectors.quote.prefix ?? "").slice(-DEFAULT_CONTEXT_LENGTH * 4),
    suffix: collapseWhitespace(selectors.quote.suffix ?? "").slice(0, DEFAULT_CONTEXT_LENGTH * 4),
    hint:
      position && Number.isFinite(position.start)
        ? normalized.fromOriginal(Math.min(Math.max(Math.trunc(position.start), 0), text.length))
        : undefined,
  };
  const quote = context.quote;

  let best: ScoredCandidate | undefined;
  const seen = new Set<string>();
  const consider = (candidates: Candidate[]) => {
    // Nearest first, so that a good match near the old position lets the rest be cut short.
    const hint = context.hint;
    const ordered =
      hint === undefined
        ? candidates
        : [...candidates].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
    for (const candidate of ordered) {
      const key = `${candidate.start}:${candidate.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const score = scoreCandidate(haystack, candidate, context, best?.score);
      if (best && score < best.score) continue;
      const scored = { ...candidate, score };
      if (isBetter(scored, best, hint)) best = scored;
    }
  };
  const confident = () => best !== undefined && best.score >= CONFIDENT_SCORE;
  const finish = () =>
    best && best.score >= (options.minScore ?? DEFAULT_MIN_SCORE) ? toAnchored() : ORPHAN;
  const toAnchored = (): Anchored =>
    toOriginalRange(text, normalized, exact, {
      ...alignToContext(haystack, best!, context),
      score: best!.score,
    });

  const exactOnes = exactMatches(haystack, quote);
  consider(exactOnes);
  if (confident()) return finish();

  const maxErrors = Math.min(options.maxErrors ?? DEFAULT_MAX_ERRORS, Math.floor(quote.length / 2));
  if (maxErrors <= 0 || options.fuzzy === false) return finish();
  // An approximate search's cost grows with text × quote: past the bound, only bounded windows.
  const maxCost = options.maxFuzzyCost ?? DEFAULT_MAX_FUZZY_COST;
  const affordable = (length: number, pattern: number) => length * pattern <= maxCost;

  // Near the old position first: cheap for long quotes, and it finds a quote edited in place
  // even when a better match (or a stale exact copy) exists elsewhere.
  let windowCoversText = false;
  if (context.hint !== undefined) {
    const radius = options.windowRadius ?? Math.max(MIN_WINDOW_RADIUS, 2 * quote.length);
    const from = Math.max(0, context.hint - radius);
    const to = Math.min(haystack.length, context.hint + quote.length + radius);
    windowCoversText = from === 0 && to === haystack.length;
    consider(approximateMatches(haystack, quote, maxErrors, from, to));
    if (confident()) return finish();
  }

  // The whole text: pointless when the window was the whole text, or when exact occurrences
  // exist (the search reports only the fewest-error matches, which are those).
  if (!windowCoversText && exactOnes.length === 0 && affordable(haystack.length, quote.length)) {
    consider(approximateMatches(haystack, quote, maxErrors));
    if (confident()) return finish();
  }

  // Where the quote together with its context matches best: finds a passage whose quote was
  // edited when a closer match of the bare quote exists elsewhere and there is no position.
  const contextPattern = context.prefix.length + quote.length + context.suffix.length;
  if (
    (context.prefix.length > 0 || context.suffix.length > 0) &&
    affordable(haystack.length, contextPattern)
  ) {
    const pattern = context.prefix + quote + context.suffix;
    const patternErrors = Math.min(options.maxErrors ?? DEFAULT_MAX_ERRORS, Math.floor(pattern.length / 2));
    const regions = mergeRegions(approximateMatches(haystack, pattern, patternErrors)).slice(
      0,
      MAX_CONTEXT_REGIONS,
    );
    for (const region of regions) {
      consider(approximateMatches(haystack, quote, maxErrors, region.start, region.end));
    }
  }
  return finish();
}

function isRange(start: unknown, end: unknown, length: number): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (start as number) < (end as number) &&
    (end as number) <= length
  );
}

/** Overlapping matches of the same passage (many ends share the fewest errors) become one region. */
function mergeRegions(matches: Candidate[]): Candidate[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const merged: Candidate[] = [];
  for (const m of sorted) {
    const last = merged[merged.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged;
}

/** Maps a normalised match back to the real text, trimmed and snapped as a person would select it. */
function toOriginalRange(
  text: string,
  normalized: NormalizedText,
  exact: string,
  match: ScoredCandidate,
): Anchored {
  let start = normalized.toOriginal(match.start);
  let end = normalized.toOriginal(match.end);

  // A collapsed run maps to the whole run; keep only as much edge whitespace as the quote had.
  const extraLeading = leadingWhitespace(text.slice(start, end)) - leadingWhitespace(exact);
  if (extraLeading > 0) start += extraLeading;
  const extraTrailing = trailingWhitespace(text.slice(start, end)) - trailingWhitespace(exact);
  if (extraTrailing > 0) end -= extraTrailing;

  if (match.errors > 0) ({ start, end } = snapToGraphemes(text, start, end));
  return {
    status: match.errors === 0 ? "exact-quote" : "fuzzy",
    start,
    end,
    score: match.score,
  };
}

function leadingWhitespace(s: string): number {
  return s.length - s.trimStart().length;
}

function trailingWhitespace(s: string): number {
  return s.length - s.trimEnd().length;
}
