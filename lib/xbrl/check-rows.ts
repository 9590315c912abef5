import type { FactCheck } from "./checks";

/** A check as the checks list and its CSV show it: with the sentence around its figure. */
export interface CheckRow extends FactCheck {
  /** The sentence up to the figure, and after it (each at most CONTEXT characters). */
  before: string;
  after: string;
}

const CONTEXT = 160;

/** From the last sentence end before `start` (at most CONTEXT back). */
function sentenceStart(text: string, start: number): number {
  const from = Math.max(0, start - CONTEXT);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  return cut >= 0 ? from + cut + 1 : from;
}

/** To the next sentence end after `end` (at most CONTEXT on). */
function sentenceEnd(text: string, end: number): number {
  const after = text.slice(end, end + CONTEXT);
  const stop = /\.(?=\s|$)|\n/.exec(after);
  return stop ? end + stop.index + 1 : Math.min(text.length, end + CONTEXT);
}

/** Filters the checks list understands. */
export const CHECK_STATUSES = ["agrees", "disagrees"] as const;

/**
 * The rows of a filing's checks list in text order, flagged ones first when `flaggedFirst`,
 * optionally of one status, each with its sentence.
 * @param text the canonical text the checks' offsets index
 */
export function checkRows(
  text: string,
  checks: readonly FactCheck[],
  options: { status?: FactCheck["status"]; flaggedFirst?: boolean } = {},
): CheckRow[] {
  const rows = checks
    .filter((check) => !options.status || check.status === options.status)
    .map((check) => ({
      ...check,
      before: text.slice(sentenceStart(text, check.start), check.start).trimStart(),
      after: text.slice(check.end, sentenceEnd(text, check.end)).trimEnd(),
    }));
  rows.sort((a, b) =>
    options.flaggedFirst && a.status !== b.status ? (a.status === "disagrees" ? -1 : 1) : a.start - b.start,
  );
  return rows;
}
