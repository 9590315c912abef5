import { isInlineXbrl, parseInlineXbrl, type FactPeriod, type InlineFact } from "./parse-inline-xbrl";
import { placeFacts } from "./place-facts";

/** A fact with where its displayed text is in the filing's canonical text (none when hidden or not found). */
export interface PlacedFact extends InlineFact {
  start?: number;
  end?: number;
}

/** Facts tagged more than once for one concept, period, dimensions and unit. */
interface DuplicateFacts {
  concept: string;
  period: FactPeriod;
  dimensions: Record<string, string>;
  unit?: string;
  /** Indexes into the facts. */
  facts: number[];
  /** Their values disagree beyond the coarser one's rounding (numbers) or differ (text). */
  inconsistent: boolean;
}

/** A filing's inline XBRL: its facts placed in the text, and what is doubtful about them. */
export interface FilingFacts {
  facts: PlacedFact[];
  duplicates: DuplicateFacts[];
  problems: string[];
  elementCounts: { nonFraction: number; nonNumeric: number; contexts: number; units: number };
}

/** One key per concept, period, dimensions and unit (the dimensions in a stable order). */
function factKey(fact: InlineFact): string {
  const dimensions = Object.entries(fact.dimensions).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([fact.concept, fact.entity, fact.period, dimensions, fact.unit ?? null]);
}

/** Whether two tagged values of one fact agree (numbers: within the coarser decimals). */
function consistent(a: InlineFact, b: InlineFact): boolean {
  if (typeof a.value === "number" && typeof b.value === "number") {
    const decimals = [a.decimals, b.decimals].map((d) => (d === undefined || d === "INF" ? Infinity : d));
    const coarsest = Math.min(...decimals);
    if (coarsest === Infinity) return a.value === b.value;
    return Math.abs(a.value - b.value) < 10 ** -coarsest / 2 + 1e-9 * Math.abs(a.value);
  }
  return a.value === b.value;
}

/**
 * The inline XBRL facts of a filing's HTML, placed in its canonical `text` (the importer's),
 * with its duplicates (a number shown in a statement and again in a note is tagged twice:
 * consistent; two different values for one fact are inconsistent).
 */
export function readFilingFacts(html: string, text: string): FilingFacts {
  const parsed = parseInlineXbrl(html);
  const places = placeFacts(text, parsed.facts);
  const facts: PlacedFact[] = parsed.facts.map((fact, index) => {
    const place = places[index];
    return place ? { ...fact, start: place.start, end: place.end } : fact;
  });
  const byKey = new Map<string, number[]>();
  facts.forEach((fact, index) => {
    const key = factKey(fact);
    const same = byKey.get(key);
    if (same) same.push(index);
    else byKey.set(key, [index]);
  });
  const duplicates: DuplicateFacts[] = [];
  for (const indexes of byKey.values()) {
    if (indexes.length < 2) continue;
    const first = facts[indexes[0]!]!;
    duplicates.push({
      concept: first.concept,
      period: first.period,
      dimensions: first.dimensions,
      ...(first.unit ? { unit: first.unit } : {}),
      facts: indexes,
      inconsistent: indexes.some((index) => !consistent(first, facts[index]!)),
    });
  }
  return { facts, duplicates, problems: parsed.problems, elementCounts: parsed.elementCounts };
}

/** The placed facts of a filing's source when it is inline XBRL; none otherwise. */
export function factsOfFiling(source: string, text: string): PlacedFact[] {
  return isInlineXbrl(source) ? readFilingFacts(source, text).facts : [];
}
