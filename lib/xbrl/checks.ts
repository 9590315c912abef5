import type { Block, Figure } from "@/lib/filing/types";
import { conceptLabel } from "./concept-label";
import { KEY_CONCEPTS } from "./key-concepts";
import type { ReaderFact } from "./reader-facts";
import { roundingUnit, roundsTo } from "./rounding";

/**
 * Narrative figures checked against the filing's own tagged facts. A figure in the prose
 * (money, a percentage or a count in a paragraph, not in a table and not itself tagged) is
 * linked to the tagged fact it states when a fact of its unit agrees within the figure's
 * rounding ("$60.9 billion" ↔ 60,922 million) and, when its sentence names a key financial
 * (revenue, net income…), preferably a fact of that concept; it is flagged when its sentence
 * names a key financial just before it, the filing tags that financial, and no fact of it —
 * any period, any segment — agrees.
 */

/** A key financial as prose names it, and the concepts that tag it. */
interface KeyFinancial {
  name: string;
  /** How a sentence names it. */
  words: RegExp;
  concepts: readonly string[];
}

const KEY_FINANCIALS: readonly KeyFinancial[] = [
  {
    name: "revenue",
    words: /\b(?:total |net )?(?:revenues?|net sales|sales revenues?)\b/i,
    concepts: KEY_CONCEPTS.revenue,
  },
  { name: "net income", words: /\bnet (?:income|loss|earnings|profit)\b/i, concepts: KEY_CONCEPTS.netIncome },
  {
    name: "operating income",
    words: /\boperating (?:income|loss|profit)\b/i,
    concepts: KEY_CONCEPTS.operatingIncome,
  },
  { name: "cash", words: /\bcash and cash equivalents\b/i, concepts: KEY_CONCEPTS.cash },
  { name: "total assets", words: /\btotal assets\b/i, concepts: KEY_CONCEPTS.totalAssets },
  { name: "gross profit", words: /\bgross (?:profit|margin)\b/i, concepts: KEY_CONCEPTS.grossProfit },
];

/** Words of concept names too general to tie a sentence to a concept. */
const GENERAL_WORDS = new Set([
  "amount",
  "value",
  "net",
  "total",
  "other",
  "member",
  "period",
  "during",
  "including",
  "excluding",
  "attributable",
  "before",
  "after",
  "with",
  "from",
  "per",
  "and",
  "the",
  "for",
  "of",
  "in",
  "to",
  "by",
  "at",
  "on",
  "or",
  "us",
  "gaap",
  "ifrs",
  "full",
  "dei",
  "percent",
  "percentage",
  // Dates and counts in names ("…YearThree") match a sentence's dates, not its subject.
  "year",
  "month",
  "day",
  "one",
  "two",
  "three",
  "four",
  "five",
  "twelve",
  "next",
  "due",
  "rolling",
]);

/**
 * A word's stem for matching, the same for its forms: lower case, without a plural, past or
 * -ing ending ("facilities" and "facility", "borrowings" and "borrowing", "taxes" and "tax").
 */
function stem(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3) return lower;
  return lower
    .replace(/ies$/, "y")
    .replace(/(x|ch|sh|ss)es$/, "$1")
    .replace(/([^s])s$/, "$1")
    .replace(/(?:ed|ing)$/, "");
}

/** The informative words of a concept's name: "us-gaap:DebtInstrumentFaceAmount" → debt, instrument, face. */
function conceptWords(concept: string): Set<string> {
  const local = concept.slice(concept.indexOf(":") + 1);
  return new Set(
    (local.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [])
      .map((word) => word.toLowerCase())
      .filter((word) => word.length > 2 && !GENERAL_WORDS.has(word))
      .map(stem),
  );
}

/** How many of a concept's informative words the passage uses. */
function sharedWords(concept: string, passage: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of conceptWords(concept)) if (passage.has(word)) shared++;
  return shared;
}

/**
 * How well a fact's dimensions fit a passage: best without dimensions (the company's own
 * figure: "net earnings" is the income statement's, not retained earnings' column in the equity
 * statement), then by the members' informative words it uses, worst with none of them.
 */
function memberFit(fact: ReaderFact, passage: ReadonlySet<string>): number {
  const members = Object.values(fact.dimensions);
  if (members.length === 0) return Number.MAX_SAFE_INTEGER;
  const shared = members.reduce((sum, member) => sum + sharedWords(member, passage), 0);
  return shared > 0 ? shared : -1;
}

/** Shared words needed to tie a figure to a fact its sentence does not name as a key financial. */
const MIN_SHARED_WORDS = 2;

/** Words after a figure that make it a change or a difference. */
const CHANGE_AFTER =
  /^\s*(?:\(|,)?\s*(?:or \d+%\s*)?(?:higher|lower|more|less|greater|increase|decrease|change|above|below)/i;
/** Words before a figure that make it a change or a difference. */
const CHANGE_BEFORE =
  /\b(?:increase[ds]?|decrease[ds]?|grew|fell|rose|declined|up|down|by|change[ds]?|higher|lower)\s+(?:of\s+|by\s+)?(?:approximately\s+|about\s+)?$/i;

/** Words before a figure that make it a part of what was named ("cash …, of which $1.0 billion"). */
const PART_BEFORE = /\b(?:of which|including|includes|included)\s+(?:approximately\s+|about\s+|nearly\s+)?$/i;

/** How far before a figure a sentence's naming of a key financial still speaks of it. */
const NAMED_WITHIN = 80;

/**
 * The key financial named last in `near` (the words just before a figure): in "net income was
 * $9.9 billion, and total assets were $53.6 billion" the second figure is of total assets.
 */
function closestNamed(near: string): KeyFinancial | undefined {
  let closest: KeyFinancial | undefined;
  let closestAt = -1;
  for (const key of KEY_FINANCIALS) {
    const words = new RegExp(key.words.source, "gi");
    for (const match of near.matchAll(words))
      if (match.index > closestAt) {
        closest = key;
        closestAt = match.index;
      }
  }
  return closest;
}

/** A narrative figure checked: linked to the fact it states, or flagged. */
export interface FactCheck {
  status: "agrees" | "disagrees";
  /** The figure, as the analysis found it. */
  text: string;
  start: number;
  end: number;
  value: number;
  unit: string;
  /** The key financial its sentence names ("revenue"), when it names one. */
  financial?: string;
  /** agrees: the fact's index; disagrees: the facts of the named financial it was checked against. */
  facts: number[];
  /** Fit to show: "Agrees with Revenues (us-gaap:Revenues, 2024-12-31)". */
  message: string;
}

/** Words after an amount that make it an amount per share ("$4.65 per diluted share"). */
const PER_SHARE_AFTER = /^\s*per\s+(?:basic\s+|diluted\s+)?(?:common\s+)?share\b/i;

/**
 * The fact's unit for a figure's ("USD" for USD, "USD/shares" for an amount per share, "pure"
 * for a percentage, "shares").
 */
function factUnitOf(figure: Figure, text: string): string | null {
  if (figure.kind === "money")
    return PER_SHARE_AFTER.test(text.slice(figure.end, figure.end + 40))
      ? `${figure.unit}/shares`
      : figure.unit;
  if (figure.kind === "percent") return "pure";
  if (figure.kind === "shareCount") return "shares";
  return null;
}

/** The sentence around [start, end): from the last sentence end before it to the next after. */
function sentenceBefore(text: string, start: number): string {
  const from = Math.max(0, start - 400);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

const periodLabel = (fact: ReaderFact) =>
  "instant" in fact.period ? fact.period.instant : "end" in fact.period ? fact.period.end : "";

/**
 * Checks each narrative figure of an analysis against the filing's tagged facts.
 * @param text the canonical text both index
 * @param blocks the analysis's blocks (figures in tables are not narrative)
 */
export function checkNarrativeFigures(options: {
  text: string;
  blocks: readonly Block[];
  figures: readonly Figure[];
  facts: readonly ReaderFact[];
}): FactCheck[] {
  const { text, facts } = options;
  const tables = options.blocks.filter((block) => block.kind === "table");
  const tagged = facts.filter((fact) => fact.start !== undefined);
  const inTable = (figure: Figure) =>
    tables.some((table) => table.start <= figure.start && figure.end <= table.end);
  const isTagged = (figure: Figure) =>
    tagged.some((fact) => fact.start! < figure.end && figure.start < fact.end!);
  const numeric = facts
    .map((fact, index) => ({ fact, index }))
    .filter(({ fact }) => typeof fact.value === "number");
  const checks: FactCheck[] = [];
  for (const figure of options.figures) {
    const unit = factUnitOf(figure, text);
    if (unit === null || typeof figure.value !== "number" || figure.row !== undefined) continue;
    if (inTable(figure) || isTagged(figure)) continue;
    const value = figure.value;
    const sentence = sentenceBefore(text, figure.start);
    const near = sentence.slice(-NAMED_WITHIN);
    const financial = closestNamed(near);
    // The figure's rounding unit, read from its text once (not once per fact).
    const step = roundingUnit(figure.text, figure.unit);
    if (step === null) continue;
    const agreeing = numeric.filter(
      ({ fact }) => fact.unit === unit && roundsTo(Math.abs(fact.value as number), value, step),
    );
    // Otherwise a fact whose concept the sentence speaks of (a figure agreeing with some fact of
    // the same size is chance: "$3 billion" of credit is not $3 billion of marketing).
    const passage = new Set(
      (sentence + text.slice(figure.end, figure.end + 80))
        // "Non-current" is the concept's "Noncurrent".
        .replace(/\b(non|pre|post)-(?=[a-z])/gi, "$1")
        .split(/[^A-Za-z]+/)
        .filter(Boolean)
        .map(stem),
    );
    // Of facts alike but for their dimensions, the one without, else the one whose members the
    // sentence names (a revolving credit facility's $5.0 billion, not commercial paper's).
    const byMembers = (a: { fact: ReaderFact }, b: { fact: ReaderFact }) =>
      memberFit(b.fact, passage) - memberFit(a.fact, passage);
    const named = financial
      ? agreeing.filter(({ fact }) => financial.concepts.includes(fact.concept)).sort(byMembers)
      : [];
    const spoken = agreeing
      .map((candidate) => ({ ...candidate, shared: sharedWords(candidate.fact.concept, passage) }))
      .filter((candidate) => candidate.shared >= MIN_SHARED_WORDS)
      .sort((a, b) => b.shared - a.shared || byMembers(a, b));
    const link = named[0] ?? spoken[0];
    const base = { text: figure.text, start: figure.start, end: figure.end, value, unit };
    if (link) {
      checks.push({
        ...base,
        status: "agrees",
        ...(financial ? { financial: financial.name } : {}),
        facts: [link.index],
        message: `Agrees with ${conceptLabel(link.fact.concept)} (${link.fact.concept}, ${periodLabel(link.fact)}${
          Object.keys(link.fact.dimensions).length
            ? ", " + Object.values(link.fact.dimensions).map(conceptLabel).join(", ")
            : ""
        })`,
      });
      continue;
    }
    // A change or a difference ("$1,424 million higher", "increased by $87 million") or a part
    // ("of which $1.0 billion was held abroad") is not the financial's amount: nothing to flag.
    if (
      !financial ||
      CHANGE_AFTER.test(text.slice(figure.end, figure.end + 24)) ||
      CHANGE_BEFORE.test(sentence) ||
      PART_BEFORE.test(sentence)
    )
      continue;
    const ofFinancial = numeric.filter(
      ({ fact }) => financial.concepts.includes(fact.concept) && fact.unit === unit,
    );
    if (ofFinancial.length === 0) continue;
    checks.push({
      ...base,
      status: "disagrees",
      financial: financial.name,
      facts: ofFinancial.map(({ index }) => index),
      message: `The sentence speaks of ${financial.name}, but no tagged ${financial.name} (${[
        ...new Set(ofFinancial.map(({ fact }) => fact.concept)),
      ].join(", ")}) rounds to ${figure.text}`,
    });
  }
  return checks;
}
