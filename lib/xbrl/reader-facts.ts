import { conceptLabel } from "./concept-label";
import { KEY_CONCEPTS } from "./key-concepts";
import type { FactPeriod, InlineFact } from "./parse-inline-xbrl";

/** A stored fact as the reader shows it (text values of long text blocks left out). */
export interface ReaderFact extends Pick<
  InlineFact,
  "concept" | "value" | "unit" | "period" | "decimals" | "dimensions"
> {
  /** Where its displayed text is in the canonical text; none when hidden or not found. */
  start?: number;
  end?: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024-12-31" → "31 Dec 2024" (unambiguous in any locale); anything else as it is. */
function formatFactDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** A period in words: "1 Jan 2024 to 31 Dec 2024", "At 31 Dec 2024". */
export function describePeriod(period: FactPeriod): string {
  if ("instant" in period) return `At ${formatFactDate(period.instant)}`;
  if ("start" in period) return `${formatFactDate(period.start)} to ${formatFactDate(period.end)}`;
  return "No period (forever)";
}

/** An axis's readable name: "us-gaap:StatementBusinessSegmentsAxis" → "Business segments". */
export function axisLabel(axis: string): string {
  const label = conceptLabel(axis)
    .replace(/\s+axis$/i, "")
    .replace(/^Statement\s+/i, "");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** A member's readable name: "nflx:StreamingMember" → "Streaming"; a typed value as it is. */
export function memberLabel(member: string): string {
  if (!/^[\w-]+:\w+$/.test(member)) return member;
  return conceptLabel(member).replace(/\s+member$/i, "");
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const precise = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

/** How precise a fact says it is: "rounded to millions", "exact". */
function describeDecimals(decimals: ReaderFact["decimals"]): string | null {
  if (decimals === undefined) return null;
  if (decimals === "INF") return "exact";
  const names: Record<number, string> = { [-3]: "thousands", [-6]: "millions", [-9]: "billions" };
  if (names[decimals]) return `rounded to ${names[decimals]}`;
  if (decimals > 0) return `${decimals} decimal place${decimals === 1 ? "" : "s"}`;
  if (decimals === 0) return "rounded to units";
  return `rounded to 10^${-decimals}`;
}

/** A fact's value with its unit, in full: "USD 39,000,966,000", "USD 8.71 per share", "0.21 (21%)". */
export function describeFactValue(fact: Pick<ReaderFact, "value" | "unit">): string {
  const { value, unit } = fact;
  if (value === null) return "nil";
  if (typeof value !== "number") return String(value);
  const format = Number.isInteger(value) ? integer : precise;
  if (!unit) return format.format(value);
  if (unit === "pure") return `${precise.format(value)} (${precise.format(value * 100)}%)`;
  if (unit === "shares") return `${format.format(value)} shares`;
  const perShare = /^([A-Z]{3})\/shares$/.exec(unit);
  if (perShare) return `${perShare[1]} ${precise.format(value)} per share`;
  return `${unit} ${format.format(value)}`;
}

/**
 * What a tagged figure's tip says, one line each: the concept (readable label and qualified
 * name), the period, the value in full with its unit and precision, and each dimension
 * ("Business segments: Streaming").
 */
export function describeFact(fact: ReaderFact): string {
  const precision = describeDecimals(fact.decimals);
  return [
    `${conceptLabel(fact.concept)} (${fact.concept})`,
    describePeriod(fact.period),
    describeFactValue(fact) + (precision ? `, ${precision}` : ""),
    ...Object.entries(fact.dimensions).map(([axis, member]) => `${axisLabel(axis)}: ${memberLabel(member)}`),
  ].join("\n");
}

/** A key financial the facts panel lists, and the concepts that tag it, in preference order. */
const KEY_FINANCIAL_ROWS: ReadonlyArray<{ label: string; concepts: readonly string[] }> = [
  { label: "Revenue", concepts: KEY_CONCEPTS.revenue },
  { label: "Operating income", concepts: KEY_CONCEPTS.operatingIncome },
  { label: "Net income", concepts: KEY_CONCEPTS.netIncome },
  { label: "EPS, basic", concepts: KEY_CONCEPTS.epsBasic },
  { label: "EPS, diluted", concepts: KEY_CONCEPTS.epsDiluted },
  { label: "Total assets", concepts: KEY_CONCEPTS.totalAssets },
  { label: "Cash and equivalents", concepts: KEY_CONCEPTS.cash },
  { label: "Shares outstanding", concepts: KEY_CONCEPTS.sharesOutstanding },
];

/** One value of the facts panel: the fact, and where the text shows it (when it does). */
export interface KeyFinancialValue {
  fact: ReaderFact;
  /** The start of a place the text shows this value (the first, preferring a statement's). */
  shownAt?: number;
}

/** A row of the facts panel. */
export interface KeyFinancialRow {
  label: string;
  concept: string;
  current: KeyFinancialValue;
  prior?: KeyFinancialValue;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;
const periodEnd = (period: FactPeriod) =>
  "instant" in period ? period.instant : "end" in period ? period.end : null;
const samePeriod = (a: FactPeriod, b: FactPeriod) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The facts panel: the filing's key financials (revenue, operating income, net income, EPS,
 * total assets, cash, shares outstanding) for its own period and the one before, each with
 * where the text shows it. The period is the document's (dei:DocumentPeriodEndDate), else
 * the latest a key financial has; durations match the report (a year for FY, a quarter for a
 * 10-Q's Q1–Q3, dei:DocumentFiscalPeriodFocus); the prior value is the same length of period
 * ending about a year earlier (a duration) or the latest earlier instant (a balance: a 10-Q
 * compares with the last year end). Only facts without dimensions count: a segment's revenue
 * is not the company's.
 */
export function keyFinancials(facts: readonly ReaderFact[]): KeyFinancialRow[] {
  const dei = (concept: string) => facts.find((fact) => fact.concept === concept)?.value;
  const plain = facts.filter(
    (fact) => typeof fact.value === "number" && Object.keys(fact.dimensions).length === 0,
  );
  const keyConcepts = new Set(KEY_FINANCIAL_ROWS.flatMap((row) => row.concepts));
  const declaredEnd = dei("dei:DocumentPeriodEndDate");
  const end =
    typeof declaredEnd === "string" && /^\d{4}-\d{2}-\d{2}$/.test(declaredEnd)
      ? declaredEnd
      : plain
          // Not the cover page's share count: it is dated after the period.
          .filter((fact) => keyConcepts.has(fact.concept) && !fact.concept.startsWith("dei:"))
          .map((fact) => periodEnd(fact.period))
          .filter((date): date is string => date !== null)
          .sort()
          .at(-1);
  if (!end) return [];
  const focus = dei("dei:DocumentFiscalPeriodFocus");
  const targetDays = typeof focus === "string" && /^Q[1-4]$/.test(focus) ? 91 : 365;
  const near = (a: string, b: string, within: number) => Math.abs(days(a, b)) <= within;

  /** The value of a concept's facts for a period, with where the text shows it. */
  const valueOf = (candidates: readonly ReaderFact[], period: FactPeriod): KeyFinancialValue | undefined => {
    const same = candidates.filter((fact) => samePeriod(fact.period, period));
    const fact = same[0];
    if (!fact) return undefined;
    const shown = same.find((candidate) => candidate.start !== undefined);
    return { fact, ...(shown?.start !== undefined ? { shownAt: shown.start } : {}) };
  };

  const rows: KeyFinancialRow[] = [];
  for (const row of KEY_FINANCIAL_ROWS) {
    for (const concept of row.concepts) {
      const ofConcept = plain.filter((fact) => fact.concept === concept);
      if (ofConcept.length === 0) continue;
      let current: KeyFinancialValue | undefined;
      let prior: KeyFinancialValue | undefined;
      if (concept.startsWith("dei:")) {
        // The cover page's count is as of a date after the period: the latest is current.
        const latest = ofConcept
          .filter((fact) => "instant" in fact.period)
          .sort((a, b) => periodEnd(b.period)!.localeCompare(periodEnd(a.period)!))[0];
        current = latest && valueOf(ofConcept, latest.period);
      } else {
        const durations = ofConcept.filter((fact) => "start" in fact.period);
        if (durations.length > 0) {
          // The duration ending at the period's end closest to the report's length…
          const length = (fact: ReaderFact) =>
            "start" in fact.period ? days(fact.period.start, fact.period.end) : 0;
          const best = durations
            .filter((fact) => near(periodEnd(fact.period)!, end, 7))
            .sort((a, b) => Math.abs(length(a) - targetDays) - Math.abs(length(b) - targetDays))[0];
          if (best) {
            current = valueOf(ofConcept, best.period);
            // …and the same length ending about a year before.
            const earlier = durations.find(
              (fact) =>
                near(periodEnd(fact.period)!, periodEnd(best.period)!, 380) &&
                days(periodEnd(fact.period)!, periodEnd(best.period)!) > 300 &&
                Math.abs(length(fact) - length(best)) <= 10,
            );
            prior = earlier && valueOf(ofConcept, earlier.period);
          }
        } else {
          const instants = ofConcept.filter((fact) => "instant" in fact.period);
          const best = instants.find((fact) => near(periodEnd(fact.period)!, end, 7));
          if (best) {
            current = valueOf(ofConcept, best.period);
            const earlier = instants
              .filter((fact) => periodEnd(fact.period)! < periodEnd(best.period)!)
              .sort((a, b) => periodEnd(b.period)!.localeCompare(periodEnd(a.period)!))[0];
            prior = earlier && valueOf(ofConcept, earlier.period);
          }
        }
      }
      if (!current) continue;
      rows.push({ label: row.label, concept, current, ...(prior ? { prior } : {}) });
      break;
    }
  }
  return rows;
}

/**
 * The facts panel's column headings, from the cover page's fiscal focus: "FY2024" and
 * "FY2023", or "Q2 FY2023" and "Q2 FY2022" for a quarter (whose balances compare with the last
 * year end); "This period" and "Prior period" when the cover page does not say.
 */
export function keyFinancialsHeadings(facts: readonly ReaderFact[]): {
  current: string;
  prior: string;
  quarter: boolean;
} {
  const value = (concept: string) => facts.find((fact) => fact.concept === concept)?.value;
  const year = Number(value("dei:DocumentFiscalYearFocus"));
  const focus = value("dei:DocumentFiscalPeriodFocus");
  const quarter = typeof focus === "string" && /^Q[1-4]$/.test(focus);
  if (!Number.isInteger(year) || year < 1900 || (focus !== "FY" && !quarter))
    return { current: "This period", prior: "Prior period", quarter };
  const label = (fiscalYear: number) => (quarter ? `${String(focus)} FY${fiscalYear}` : `FY${fiscalYear}`);
  return { current: label(year), prior: label(year - 1), quarter };
}

/** Abbreviated for a table cell: "$39.0 bn", "$8.71", "427.8 m shares". */
export function shortFactValue(fact: Pick<ReaderFact, "value" | "unit">): string {
  const { value, unit } = fact;
  if (typeof value !== "number") return value === null ? "nil" : String(value);
  const perShare = unit ? /^([A-Z]{3})\/shares$/.exec(unit) : null;
  const symbol = (code: string) => ({ USD: "$", EUR: "€", GBP: "£", JPY: "¥" })[code] ?? `${code} `;
  // The sign before the currency: "−$1.2 bn", not "$-1.2 bn".
  const sign = value < 0 ? "−" : "";
  const magnitude = Math.abs(value);
  if (perShare) return `${sign}${symbol(perShare[1]!)}${magnitude.toFixed(2)}`;
  const scaled =
    magnitude >= 1e9
      ? `${(magnitude / 1e9).toFixed(1)} bn`
      : magnitude >= 1e6
        ? `${(magnitude / 1e6).toFixed(1)} m`
        : integer.format(magnitude);
  if (unit === "shares") return `${sign}${scaled} shares`;
  if (unit && /^[A-Z]{3}$/.test(unit)) return `${sign}${symbol(unit)}${scaled}`;
  return `${sign}${scaled}`;
}
