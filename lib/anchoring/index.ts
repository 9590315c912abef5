/**
 * Anchoring annotations to a filing's canonical text: `describeSelection` turns a selection into
 * W3C TextQuote/TextPosition selectors, and `anchor` finds them again after the text changes
 * (exact position, then exact quote, then a fuzzy match, else an orphan). Modelled on the
 * Hypothesis client's anchoring. All offsets are UTF-16 indices (JS string indices).
 */
export { anchor, prepareText, type PreparedText } from "./anchor";
export { describeSelection } from "./describe";
export type { AnchorResult, TextPositionSelector, TextQuoteSelector } from "./types";
