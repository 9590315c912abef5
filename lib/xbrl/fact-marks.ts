import type { Figure, FigureKind } from "@/lib/filing/types";
import type { FactCheck } from "./checks";
import { describeFact, type ReaderFact } from "./reader-facts";

/** A figure as the reader marks it: with the fact tagged on it and the check of it, if any. */
export interface MarkedFigure extends Figure {
  /** The tagged fact's description (see describeFact), with any other concept tagged on the same text. */
  fact?: string;
  /** Not one of the analysis's figures: a tagged number the analysis did not find ("—", "No"). */
  tagOnly?: boolean;
  check?: Pick<FactCheck, "status" | "message">;
}

/** The figure kind and unit a tagged number shows as, from its unit. */
function kindOf(unit: string | undefined): { kind: FigureKind; unit: string } {
  if (unit && /^[A-Z]{3}$/.test(unit)) return { kind: "money", unit };
  if (unit === "pure") return { kind: "percent", unit: "ratio" };
  if (unit === "shares") return { kind: "shareCount", unit: "shares" };
  return { kind: "other", unit: unit ?? "" };
}

/** How many other concepts tagged on one figure its tip names. */
const MORE_CONCEPTS = 2;

/**
 * The figures the reader marks: the analysis's figures, each with the placed numeric fact its
 * text carries (when inline XBRL tags it) and its check against the facts; and the tagged
 * numbers the analysis did not count as figures (a dash for zero, "No"), so every tagged
 * number in the text explains itself. Sorted by offset, never overlapping (a fact overlapping
 * a figure belongs to that figure; one overlapping an earlier fact's mark is named on it).
 * @param text the canonical text the offsets index
 */
export function markFigures(options: {
  text: string;
  figures: readonly Figure[];
  facts: readonly ReaderFact[];
  checks: readonly FactCheck[];
}): MarkedFigure[] {
  const marked: MarkedFigure[] = options.figures.map((figure) => ({ ...figure }));
  marked.sort((a, b) => a.start - b.start);
  const checks = new Map(options.checks.map((check) => [`${check.start}:${check.end}`, check]));
  for (const figure of marked) {
    const check = checks.get(`${figure.start}:${figure.end}`);
    if (check) figure.check = { status: check.status, message: check.message };
  }
  const placed = options.facts
    .filter(
      (fact): fact is ReaderFact & { start: number; end: number } =>
        typeof fact.value === "number" && fact.start !== undefined && fact.end !== undefined,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const also = new Map<MarkedFigure, string[]>();
  const extra: MarkedFigure[] = [];
  /** The figure overlapping [start, end), if any. */
  const overlapping = (start: number, end: number) => {
    const candidate = firstEndingAfter(marked, start);
    return candidate && candidate.start < end ? candidate : undefined;
  };
  for (const fact of placed) {
    const owner = overlapping(fact.start, fact.end) ?? extra.at(-1);
    if (owner && owner.start < fact.end && fact.start < owner.end) {
      if (owner.fact === undefined) owner.fact = describeFact(fact);
      else if (!owner.fact.includes(`(${fact.concept})`)) {
        const names = also.get(owner) ?? [];
        if (!names.includes(fact.concept)) also.set(owner, [...names, fact.concept]);
      }
      continue;
    }
    const { kind, unit } = kindOf(fact.unit);
    extra.push({
      kind,
      text: options.text.slice(fact.start, fact.end),
      value: fact.value as number,
      unit,
      start: fact.start,
      end: fact.end,
      fact: describeFact(fact),
      tagOnly: true,
    });
  }
  for (const [figure, names] of also) {
    const more = names.length > MORE_CONCEPTS ? ` and ${names.length - MORE_CONCEPTS} more` : "";
    figure.fact += `\nAlso tagged: ${names.slice(0, MORE_CONCEPTS).join(", ")}${more}`;
  }
  return extra.length === 0 ? marked : [...marked, ...extra].sort((a, b) => a.start - b.start);
}

/** The first of `marks` (sorted, not overlapping) that ends after `offset`, by binary search. */
function firstEndingAfter(marks: readonly MarkedFigure[], offset: number): MarkedFigure | undefined {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (marks[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return marks[low];
}

/** The start of the marked figure the text shows at `offset` (a link to `#f-<start>`), if any. */
export function markedFigureAt(marked: readonly MarkedFigure[], offset: number): number | undefined {
  const figure = firstEndingAfter(marked, offset);
  return figure && figure.start <= offset ? figure.start : undefined;
}
