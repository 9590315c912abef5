/**
 * W3C Web Annotation selectors on a filing's canonical text, and what anchoring returns.
 * Every offset is a UTF-16 index into the canonical text (a JS string index).
 */

/** The selected text with its surroundings, so it can be found again after the text changes. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  /** The selected text itself. */
  exact: string;
  /** Up to `contextLength` characters just before the selection ("" at the start of the text). */
  prefix: string;
  /** Up to `contextLength` characters just after the selection ("" at the end of the text). */
  suffix: string;
}

/** The selection as a half-open range [start, end) of UTF-16 offsets. */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** What `describeSelection` produces and an annotation stores. */
export interface TextSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * What `anchor` reads. The W3C model makes prefix and suffix optional, and stored annotations
 * may come from elsewhere, so they are optional here; the position is only a hint.
 */
export interface AnchorSelectors {
  quote: Pick<TextQuoteSelector, "exact"> & Partial<Pick<TextQuoteSelector, "prefix" | "suffix">>;
  position?: Pick<TextPositionSelector, "start" | "end"> | null;
}

/**
 * How an anchor was found:
 * - `exact-position`: the stored range still holds the quote, character for character;
 * - `exact-quote`: the quote occurs in the text (whitespace runs compared as one space) and
 *   the best occurrence by context and nearness was taken;
 * - `fuzzy`: only an approximate match of the quote was found.
 */
type AnchorStatus = "exact-position" | "exact-quote" | "fuzzy";

/** A found anchor: [start, end) in the new text; `score` in (0, 1], 1 for `exact-position`. */
export interface Anchored {
  status: AnchorStatus;
  start: number;
  end: number;
  score: number;
}

/** No acceptable match: the annotation must be shown apart from the text. */
interface Orphan {
  status: "orphan";
}

export type AnchorResult = Anchored | Orphan;

/** Tuning for `anchor`; the defaults suit ~32-character contexts on filing prose. */
export interface AnchorOptions {
  /**
   * Lowest normalised score a quote or fuzzy match may have; below it the annotation is an
   * orphan. Default 0.6: a match at the error limit (half the quote) with unrelated context
   * scores about 0.45, a lightly edited quote in its own context above 0.9.
   */
  minScore?: number;
  /** Cap on the errors allowed in an approximate match of the quote. Default 256, as Hypothesis. */
  maxErrors?: number;
  /**
   * Characters searched on each side of the old position before the whole text is searched.
   * Default: the larger of 2048 and twice the quote's length.
   */
  windowRadius?: number;
  /** false: only the position and exact occurrences of the quote, no approximate search. */
  fuzzy?: boolean;
  /**
   * Largest text × quote length (characters²) searched approximately in one go: a bound on one
   * anchoring's time (the search is bit-parallel, about length × quote / 32 steps). Bigger
   * searches are skipped (the window near the old position is still searched). Default 4e9:
   * under about 100 ms here.
   */
  maxFuzzyCost?: number;
}
