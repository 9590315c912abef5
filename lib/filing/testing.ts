/**
 * Helpers for tests of the analysis: block texts by kind, and the invariants every analysis
 * must hold (ranges in order, inside the text, figure text equal to its slice…).
 */
import type { BlockKind, FilingAnalysis } from "./types";

/** Texts of the blocks of one kind, in order. */
export function blockTexts(analysis: FilingAnalysis, kind: BlockKind): string[] {
  return analysis.blocks.filter((b) => b.kind === kind).map((b) => analysis.text.slice(b.start, b.end));
}

/** Returns the first broken invariant, or undefined when the analysis is consistent. */
export function findInvariantViolation(analysis: FilingAnalysis): string | undefined {
  const { text, blocks, figures, riskFactors, sections } = analysis;
  const ids = new Set<string>();
  let previousEnd = 0;
  for (const [i, b] of blocks.entries()) {
    if (!/^[a-z0-9-]+$/.test(b.id)) return `block ${i} id ${JSON.stringify(b.id)} is not URL-safe`;
    if (ids.has(b.id)) return `block id ${b.id} is not unique`;
    ids.add(b.id);
    if (b.start < previousEnd) return `block ${i} starts before the previous block ends`;
    if (b.end <= b.start) return `block ${i} is empty`;
    if (b.end > text.length) return `block ${i} ends outside the text`;
    if (i > 0 && text.slice(previousEnd, b.start) !== "\n\n")
      return `block ${i} is not separated by a blank line`;
    const blockText = text.slice(b.start, b.end);
    // A preformatted block keeps its first line's indent (its columns stay aligned); a table
    // may start or end with an empty cell (a tab).
    const trimmed =
      b.kind === "preformatted"
        ? blockText.trimEnd()
        : b.kind === "table"
          ? blockText.replace(/^[ \n]+|[ \n]+$/g, "")
          : blockText.trim();
    if (trimmed !== blockText) return `block ${i} has surrounding whitespace`;
    if (b.kind === "table") {
      const rows = blockText.split("\n");
      if (b.table === undefined || rows.some((row) => row.split("\t").length !== b.table?.columns))
        return `table block ${i} is not rectangular`;
    }
    previousEnd = b.end;
  }
  if (blocks.length > 0 && (blocks[0]?.start !== 0 || previousEnd !== text.length))
    return "blocks do not cover the text";
  let figureEnd = 0;
  for (const [i, f] of figures.entries()) {
    if (f.start < figureEnd) return `figure ${i} overlaps the previous one`;
    if (f.end > text.length || f.end <= f.start) return `figure ${i} has a bad range`;
    if (text.slice(f.start, f.end) !== f.text)
      return `figure ${i} text ${JSON.stringify(f.text)} is not its slice`;
    if (typeof f.value === "number" && !Number.isFinite(f.value)) return `figure ${i} value is not finite`;
    figureEnd = f.end;
  }
  let riskEnd = 0;
  for (const [i, r] of riskFactors.entries()) {
    if (r.start < riskEnd || r.end > text.length || r.titleEnd > r.end || r.start >= r.titleEnd)
      return `risk factor ${i} has a bad range`;
    if (text.slice(r.start, r.titleEnd) !== r.title) return `risk factor ${i} title is not its slice`;
    if (!ids.has(r.id)) return `risk factor ${i} id is not a block id`;
    riskEnd = r.end;
  }
  for (const [i, s] of sections.entries()) {
    if (s.end > text.length || s.start >= s.end || !ids.has(s.blockId))
      return `section ${i} has a bad range or block id`;
  }
  return undefined;
}
