/**
 * Figures in the canonical text: money, percentages, dates and periods, share counts and other
 * scaled quantities, each with a normalized value. Patterns run over the canonical (plain) text
 * and never cross a block boundary (they allow spaces, not newlines). Overlaps are resolved by
 * keeping the earliest, then the longest match, so "¥5,025 million" wins over "5,025 million".
 *
 * Dates follow the sample's convention: a date inside a phrase is the date alone
 * ("fiscal year ended March 31, 2008" → "March 31, 2008"), and the ends of a range are two
 * figures ("From July 2007 through October 2007" → "July 2007", "October 2007").
 */
import { FilingReadError } from "./errors";
import { limitMessage } from "./limits";
import type { Figure, FigureKind } from "./types";
import { NUMBER_WORDS } from "@/lib/text/number-words";

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** Not glued to a preceding word, digit or decimal point. */
const NUM_START = String.raw`(?<![\p{L}\p{N}.,/-])`;
const SCALE = String.raw`(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|mln|mn|bln|bn|tn|MM)`;
/** A scale glued to the number ("$5.2bn", "€3m", "$5M"). */
const SCALE_ABBREVIATION = String.raw`(?:bn|mn|mln|m|k|[MBK])`;
/** Scale words and the power of ten each stands for. */
export const SCALES: Record<string, number> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  mn: 6,
  mln: 6,
  mm: 6,
  bn: 9,
  bln: 9,
  tn: 12,
  k: 3,
  m: 6,
  b: 9,
};

/** ISO 4217 codes (and RMB) written as words in filings. */
export const CURRENCY_CODES =
  "USD|EUR|JPY|GBP|NLG|CHF|CAD|AUD|HKD|CNY|RMB|SEK|NOK|DKK|DEM|FRF|ITL|ESP|BEF|KRW|INR|BRL|MXN|SGD|TWD|ZAR|NZD|RUB|ILS|PLN|CZK|HUF|TRY";
/** Currency symbols and the ISO 4217 code each stands for. */
export const SYMBOLS: Record<string, string> = {
  US$: "USD",
  "U.S.$": "USD",
  "U.S. $": "USD",
  USD$: "USD",
  "USD $": "USD",
  C$: "CAD",
  CA$: "CAD",
  CDN$: "CAD",
  A$: "AUD",
  AU$: "AUD",
  HK$: "HKD",
  NT$: "TWD",
  S$: "SGD",
  NZ$: "NZD",
  R$: "BRL",
  MX$: "MXN",
  "Ps.": "MXN",
  RMB: "CNY",
  "Rs.": "INR",
  Rs: "INR",
  "¥": "JPY",
  "￥": "JPY",
  "€": "EUR",
  "£": "GBP",
  "₩": "KRW",
  "₹": "INR",
  $: "USD",
};
/** A currency symbol (regular expression source): each maps to a code through SYMBOLS. */
export const SYMBOL = String.raw`(?:US\$|U\.S\.\s?\$|USD\s?\$|CA\$|CDN\$|C\$|AU\$|A\$|HK\$|NT\$|S\$|NZ\$|R\$|MX\$|Ps\.|RMB|Rs\.?|¥|￥|€|£|₩|₹|\$)`;
/** Currency names (lower case) and their ISO codes. */
export const CURRENCY_WORDS: Record<string, string> = {
  yen: "JPY",
  euro: "EUR",
  euros: "EUR",
  dollars: "USD",
  "u.s. dollars": "USD",
  "us dollars": "USD",
  "united states dollars": "USD",
  "canadian dollars": "CAD",
  "australian dollars": "AUD",
  "hong kong dollars": "HKD",
  "new taiwan dollars": "TWD",
  "singapore dollars": "SGD",
  "pounds sterling": "GBP",
  "british pounds": "GBP",
  guilders: "NLG",
  "dutch guilders": "NLG",
  "swiss francs": "CHF",
  francs: "FRF",
  won: "KRW",
  yuan: "CNY",
  renminbi: "CNY",
  rupees: "INR",
  pesos: "MXN",
  reais: "BRL",
};
/** A currency name (regular expression source; longer names first). */
export const CURRENCY_WORD = String.raw`(?:[Yy]en|[Ee]uros?|U\.S\. [Dd]ollars|US [Dd]ollars|United States [Dd]ollars|Canadian [Dd]ollars|Australian [Dd]ollars|Hong Kong [Dd]ollars|New Taiwan [Dd]ollars|Singapore [Dd]ollars|[Dd]ollars|[Pp]ounds [Ss]terling|British [Pp]ounds|Dutch [Gg]uilders|[Gg]uilders|Swiss [Ff]rancs|[Ff]rancs|[Ww]on|[Yy]uan|[Rr]enminbi|[Rr]upees|[Pp]esos|[Rr]eais)`;

/** Month names and their usual abbreviations → month number. */
export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};

const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one hundred|hundred)`;

/** Counted things an analyst reads as a quantity ("12,000 employees", "350 stores"). */
const COUNTED_NOUN = String.raw`(?:employees|people|persons|staff|customers|clients|members|subscribers|users|accounts|households|patients|stores|shops|restaurants|hotels|offices|branches|banking (?:centers|centres)|locations|facilities|plants|factories|warehouses|properties|sites|countries|states|cities|markets|vessels|ships|aircraft|airplanes|vehicles|trucks|ATMs|hospitals|clinics|franchises|franchisees|dealers|distributors|suppliers|partners|products|patents|wells|mines|miles|kilometers|acres|square feet|beds|rooms|units)`;

interface Candidate {
  kind: FigureKind;
  start: number;
  end: number;
  value: number | string;
  unit: string;
  /** Lower wins among matches of the same span. */
  priority: number;
}

type Reader = (
  groups: Record<string, string | undefined>,
  match: RegExpExecArray,
) => Omit<Candidate, "start" | "end" | "priority"> | undefined;

interface Pattern {
  regex: RegExp;
  priority: number;
  read: Reader;
  /** Reads several figures from one match (a list sharing a unit), each with its own span. */
  readMany?: (match: RegExpExecArray) => Omit<Candidate, "priority">[];
  /** A group matched inside a lookbehind where the figure starts (regex needs the "d" flag). */
  startGroup?: string;
}

/** A decimal string scaled by 10^exponent, computed without binary rounding drift. */
export function decimal(numberText: string, exponent: number): number {
  const clean = numberText.replace(/,/g, "");
  const [whole = "0", fraction = ""] = clean.split(".");
  return parseFloat(`${whole}${fraction}e${exponent - fraction.length}`);
}

function scaleExponent(scale: string | undefined): number {
  if (scale === undefined) return 0;
  return SCALES[scale.toLowerCase()] ?? 0;
}

function wordNumber(words: string): number | undefined {
  let total = 0;
  for (const part of words.toLowerCase().split(/[\s-]+/)) {
    const n = NUMBER_WORDS[part];
    if (n === undefined) return undefined;
    total = n === 100 && total > 0 ? total * 100 : total + n;
  }
  return total;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function monthNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS[name.replace(/\.$/, "").toLowerCase()];
}

function fullDate(
  year: string | undefined,
  month: number | undefined,
  day: string | undefined,
): string | undefined {
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const d = Number(day);
  const y = Number(year);
  if (month < 1 || month > 12 || d < 1 || d > 31) return undefined;
  // Reject impossible dates such as February 30.
  const check = new Date(Date.UTC(y, month - 1, d));
  if (check.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** The currency a symbol stands for; a bare "$" is the filing's dollar (USD unless it says otherwise). */
function symbolCurrency(symbol: string, dollar: string): string {
  const sym = symbol.replace(/\s+/g, " ");
  if (sym === "$") return dollar;
  return SYMBOLS[sym] ?? SYMBOLS[sym.replace(/\s/g, "")] ?? "USD";
}

const LIST_NUMBER = new RegExp(NUM, "g");

/** The spans of the numbers in a list or range ("2.5, 14.0 and 9.8", "5–7", "2.5/4.5"). */
function listNumbers(text: string, offset: number): { start: number; end: number; text: string }[] {
  return [...text.matchAll(LIST_NUMBER)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    text: m[0],
  }));
}

function buildPatterns(dollar: string): Pattern[] {
  return [
    // Lists and ranges sharing a currency and a scale ("EUR 2.5, 14.0 and 9.8 billion",
    // "$1.2 to $1.5 billion", "$100-$200 million"): every number is an amount of that size.
    {
      regex: new RegExp(
        String.raw`(?<cur>${SYMBOL}|\b(?:${CURRENCY_CODES})(?=[\s\d]))\s?(?<list>${NUM}(?:\s?,\s?(?:${SYMBOL})?\s?${NUM})*,?(?:\s(?:and|or|to|through)\s|\s?[-–—]\s?)(?:${SYMBOL}|(?:${CURRENCY_CODES})\s)?\s?${NUM})\s?(?<scale>${SCALE})\b`,
        "gu",
      ),
      priority: 0,
      read: () => undefined,
      readMany: (match) => {
        const g = match.groups ?? {};
        const cur = g.cur ?? "$";
        const unit = /^[A-Z]{3}$/.test(cur) ? (cur === "RMB" ? "CNY" : cur) : symbolCurrency(cur, dollar);
        const exponent = scaleExponent(g.scale);
        const listStart = match.index + match[0].indexOf(g.list ?? "");
        const numbers = listNumbers(g.list ?? "", listStart);
        // A range falling without the scale ("R$500 to R$50 million") runs from a small amount
        // to a scaled one: only the last takes the scale. Rising ranges and lists share it.
        const last = numbers.at(-1);
        const range = /(?:\bto\b|\bthrough\b|[-–—])\s*\S*$/.test(
          (g.list ?? "").slice(0, (last?.start ?? 0) - listStart),
        );
        const falling = range && decimal(numbers[0]?.text ?? "0", 0) > decimal(last?.text ?? "0", 0);
        return numbers.map((n, i) => ({
          kind: "money" as const,
          value: decimal(n.text, falling && i < numbers.length - 1 ? 0 : exponent),
          unit,
          // The first amount keeps its currency, the last its scale.
          start: i === 0 ? match.index : n.start,
          end: i === numbers.length - 1 ? match.index + match[0].length : n.end,
        }));
      },
    },
    // Money: symbol first ("¥5,025 million", "US$1.2 billion", "$3.3 million", "$5M", "$5.2bn").
    {
      regex: new RegExp(
        String.raw`(?<sym>${SYMBOL})\s?(?<num>${NUM}|\.\d+\b)(?:\s?(?<scale>${SCALE})\b|(?<abbr>${SCALE_ABBREVIATION})\b)?`,
        "gu",
      ),
      priority: 0,
      read: (g) => ({
        kind: "money",
        value: decimal(g.num ?? "0", scaleExponent(g.scale ?? g.abbr)),
        unit: symbolCurrency(g.sym ?? "$", dollar),
      }),
    },
    // Money: ISO code first ("EUR 10 million", "NLG 5.2 million", "USD 750 mln", "EUR 2.5bn").
    {
      regex: new RegExp(
        String.raw`\b(?<code>${CURRENCY_CODES})\s?(?<num>${NUM})(?:\s(?<scale>${SCALE})\b|(?<abbr>${SCALE_ABBREVIATION})\b)?`,
        "gu",
      ),
      priority: 0,
      read: (g) => ({
        kind: "money",
        value: decimal(g.num ?? "0", scaleExponent(g.scale ?? g.abbr)),
        unit: g.code === "RMB" ? "CNY" : (g.code ?? "USD"),
      }),
    },
    // Money: currency after ("10 million Euros", "5,000 yen", "2.5 billion USD").
    {
      regex: new RegExp(
        String.raw`${NUM_START}(?<num>${NUM})(?:\s(?<scale>${SCALE}))?\s(?:(?<code>${CURRENCY_CODES})|(?<word>${CURRENCY_WORD}))\b`,
        "gu",
      ),
      priority: 0,
      read: (g) => {
        const unit = g.code ?? CURRENCY_WORDS[(g.word ?? "").toLowerCase()];
        if (unit === undefined) return undefined;
        return {
          kind: "money",
          value: decimal(g.num ?? "0", scaleExponent(g.scale)),
          unit: unit === "RMB" ? "CNY" : unit,
        };
      },
    },
    // Lists and ranges of percentages sharing the sign ("5–7%", "2.5/4.5%", "5, 6 and 7 percent",
    // "100 to 200 basis points"): every number is a percentage.
    {
      regex: new RegExp(
        String.raw`${NUM_START}(?<list>${NUM}(?:\s?,\s?${NUM})*,?(?:\s(?:and|or|to|through)\s|\s?[-–—/]\s?)${NUM})\s?(?:(?<sign>%|percent\b|per cent\b|percentage points?\b)|(?<bp>basis points\b|bps\b))`,
        "gu",
      ),
      priority: 1,
      read: () => undefined,
      readMany: (match) => {
        const g = match.groups ?? {};
        const exponent = g.bp === undefined ? -2 : -4;
        const numbers = listNumbers(g.list ?? "", match.index);
        return numbers.map((n, i) => ({
          kind: "percent" as const,
          value: decimal(n.text, exponent),
          unit: "ratio",
          start: n.start,
          end: i === numbers.length - 1 ? match.index + match[0].length : n.end,
        }));
      },
    },
    // Fractions in percentages ("6 3/8%", "6-3/8%", "3/8 percent", "6⅜%").
    {
      regex: new RegExp(
        String.raw`${NUM_START}(?:(?<whole>\d{1,3})(?:[\s-]))?(?<n>\d{1,2})/(?<d>\d{1,2})\s?(?:%|percent\b|per cent\b)|${NUM_START}(?<w2>\d{1,3})?(?<u>[¼½¾⅛⅜⅝⅞])\s?(?:%|percent\b)`,
        "gu",
      ),
      priority: 1,
      read: (g) => {
        const unicode: Record<string, number> = {
          "¼": 0.25,
          "½": 0.5,
          "¾": 0.75,
          "⅛": 0.125,
          "⅜": 0.375,
          "⅝": 0.625,
          "⅞": 0.875,
        };
        const whole = Number(g.whole ?? g.w2 ?? 0);
        const fraction = g.u !== undefined ? (unicode[g.u] ?? 0) : Number(g.n) / Number(g.d);
        if (!Number.isFinite(fraction) || fraction >= 1) return undefined;
        return { kind: "percent", value: Math.round((whole + fraction) * 1e6) / 1e8, unit: "ratio" };
      },
    },
    // Percentages ("29.4%", "5 percent", "ten percent", "50 basis points").
    {
      regex: new RegExp(
        String.raw`${NUM_START}(?<num>${NUM})\s?(?:%|(?<word>percent|per cent|percentage points?)\b)`,
        "gu",
      ),
      priority: 1,
      read: (g) => ({ kind: "percent", value: decimal(g.num ?? "0", -2), unit: "ratio" }),
    },
    {
      // Anchored on "percent" and looking back for the number word: on long texts this is much
      // faster than trying the word alternation at every word boundary.
      regex: new RegExp(
        String.raw`\b(?:percent|per cent)\b(?<=\b(?<words>${NUMBER_WORD})\s(?:percent|per cent))`,
        "giud",
      ),
      startGroup: "words",
      priority: 1,
      read: (g) => {
        const n = wordNumber(g.words ?? "");
        return n === undefined
          ? undefined
          : { kind: "percent", value: decimal(String(n), -2), unit: "ratio" };
      },
    },
    {
      regex: new RegExp(String.raw`${NUM_START}(?<num>${NUM})\s(?:basis points|bps)\b`, "gu"),
      priority: 1,
      read: (g) => ({ kind: "percent", value: decimal(g.num ?? "0", -4), unit: "ratio" }),
    },
    // Share counts ("2,178 new shares", "12.5 million ordinary shares", "1,000 ADSs").
    {
      regex: new RegExp(
        String.raw`${NUM_START}(?<!(?:${SYMBOL}|\b(?:${CURRENCY_CODES}))\s?)(?<num>${NUM})(?:\s(?<scale>${SCALE}))?\s(?:of\s(?:our|the|its|their)\s)?(?:(?:new|additional|outstanding|common|ordinary|preferred|preference|treasury|restricted|issued|registered|unissued|voting|non-voting|[Cc]lass [A-Z])\s){0,3}(?:shares|ADSs|ADS|American [Dd]epositary [Ss]hares|[Dd]epositary [Ss]hares)\b`,
        "gu",
      ),
      priority: 2,
      read: (g) => ({
        kind: "shareCount",
        value: decimal(g.num ?? "0", scaleExponent(g.scale)),
        unit: "shares",
      }),
    },
    // Full dates ("June 25, 2008", "Sept. 30, 2009", "25 June 2008", "12/31/2009", "2009-12-31").
    {
      regex: new RegExp(
        String.raw`\b(?<m>${MONTH})\s?(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s?(?<y>${YEAR})\b`,
        "gu",
      ),
      priority: 3,
      read: (g) => {
        const value = fullDate(g.y, monthNumber(g.m), g.d);
        return value === undefined ? undefined : { kind: "date", value, unit: "date" };
      },
    },
    {
      regex: new RegExp(
        String.raw`${NUM_START}(?<d>\d{1,2})(?:st|nd|rd|th)?\s(?<m>${MONTH}),?\s(?<y>${YEAR})\b`,
        "gu",
      ),
      priority: 3,
      read: (g) => {
        const value = fullDate(g.y, monthNumber(g.m), g.d);
        return value === undefined ? undefined : { kind: "date", value, unit: "date" };
      },
    },
    {
      regex: new RegExp(String.raw`${NUM_START}(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>${YEAR})\b`, "gu"),
      priority: 3,
      read: (g) => {
        const value = fullDate(g.y, Number(g.m), g.d);
        return value === undefined ? undefined : { kind: "date", value, unit: "date" };
      },
    },
    {
      regex: new RegExp(String.raw`${NUM_START}(?<y>${YEAR})-(?<m>\d{2})-(?<d>\d{2})\b`, "gu"),
      priority: 3,
      read: (g) => {
        const value = fullDate(g.y, Number(g.m), g.d);
        return value === undefined ? undefined : { kind: "date", value, unit: "date" };
      },
    },
    // Month and year ("May 2007", "October, 2005").
    {
      regex: new RegExp(String.raw`\b(?<m>${MONTH}),?\s(?<y>${YEAR})\b`, "gu"),
      priority: 4,
      read: (g) => {
        const month = monthNumber(g.m);
        return month === undefined
          ? undefined
          : { kind: "date", value: `${g.y ?? ""}-${pad(month)}`, unit: "date" };
      },
    },
    // Quarters and halves ("fourth quarter of 2003", "first quarter of fiscal 2023", "Q4 2023").
    {
      regex: new RegExp(
        String.raw`\b(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s(?:fiscal\s|calendar\s)?(?<part>quarter|half)\s(?:of\s)?(?:(?:the\s)?(?:fiscal|calendar)\s(?:year\s)?)?(?<y>${YEAR})\b`,
        "giu",
      ),
      priority: 4,
      read: (g) => {
        const n = ORDINALS[(g.q ?? "").toLowerCase()];
        if (n === undefined) return undefined;
        const half = (g.part ?? "").toLowerCase() === "half";
        if (half && n > 2) return undefined;
        return { kind: "date", value: `${g.y ?? ""}-${half ? "H" : "Q"}${n}`, unit: "period" };
      },
    },
    {
      regex: new RegExp(String.raw`\bQ(?<q>[1-4])\s?(?:FY\s?)?(?<y>${YEAR})\b`, "gu"),
      priority: 4,
      read: (g) => ({ kind: "date", value: `${g.y ?? ""}-Q${g.q ?? ""}`, unit: "period" }),
    },
    // Fiscal and calendar years ("fiscal 2023", "fiscal year 2009", "calendar 2040", "FY2023").
    {
      regex: new RegExp(
        String.raw`\b(?:[Ff]iscal|[Cc]alendar)\s(?:[Yy]ear\s)?(?<y>${YEAR})\b|\bFY\s?(?<fy>${YEAR}|\d{2})\b`,
        "gu",
      ),
      priority: 4,
      read: (g) => {
        const year = g.y ?? (g.fy !== undefined && g.fy.length === 2 ? `20${g.fy}` : g.fy);
        return year === undefined ? undefined : { kind: "date", value: year, unit: "period" };
      },
    },
    // Counts of people and things ("12,000 employees", "5,700 retail banking offices", "44 countries").
    {
      regex: new RegExp(
        String.raw`${NUM_START}(?<!(?:${SYMBOL}|\b(?:${CURRENCY_CODES}))\s?)(?<num>${NUM})(?:\s(?<scale>[Tt]housand|[Mm]illion|[Bb]illion))?\s(?:(?:[a-z][a-z-]*|U\.S\.|[A-Z][a-z]+)\s){0,3}?${COUNTED_NOUN}\b`,
        "gu",
      ),
      priority: 5,
      read: (g) => {
        const value = decimal(g.num ?? "0", scaleExponent(g.scale));
        // One-digit counts are prose ("3 states"), years are not counts.
        if (g.scale === undefined && (value < 10 || /^(?:19|20)\d\d$/.test(g.num ?? ""))) return undefined;
        return { kind: "other", value, unit: "count" };
      },
    },
    // Other scaled quantities ("4.3 million customers").
    {
      regex: new RegExp(
        String.raw`${NUM_START}(?<num>${NUM})\s(?<scale>[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion)\b`,
        "gu",
      ),
      priority: 6,
      read: (g) => ({ kind: "other", value: decimal(g.num ?? "0", scaleExponent(g.scale)), unit: "count" }),
    },
  ];
}

const PATTERNS_BY_DOLLAR = new Map<string, Pattern[]>();
function patternsFor(dollar: string): Pattern[] {
  let patterns = PATTERNS_BY_DOLLAR.get(dollar);
  if (patterns === undefined) {
    patterns = buildPatterns(dollar);
    PATTERNS_BY_DOLLAR.set(dollar, patterns);
  }
  return patterns;
}

/** "…all references to "$" are to Canadian dollars", "amounts are expressed in Canadian dollars". */
const DOLLAR_CONVENTION = new RegExp(
  String.raw`(?:references?\s+to\s+(?:["“']?(?:\$|[A-Z]{1,3}\$|dollars?|[A-Z]{3})["”']?(?:,|\s+or|\s+and)?\s*){1,3}(?:are|is|refer|means?)\s+(?:to\s+)?(?:the\s+)?|(?:amounts|figures|stated|expressed|presented|denominated)\s+(?:are\s+)?(?:\w+\s+){0,3}in\s+)(?<name>Canadian|Australian|Hong Kong|New Zealand|Singapore|New Taiwan)\s+dollars?`,
  "i",
);
const DOLLAR_CODES: Record<string, string> = {
  canadian: "CAD",
  australian: "AUD",
  "hong kong": "HKD",
  "new zealand": "NZD",
  singapore: "SGD",
  "new taiwan": "TWD",
};

/**
 * The currency a bare "$" stands for in this filing: USD, unless the filing says its dollars
 * are another country's ("All references to “$” are to Canadian dollars").
 */
export function detectDollarCurrency(text: string): string {
  const name = DOLLAR_CONVENTION.exec(text)?.groups?.name;
  return name === undefined ? "USD" : (DOLLAR_CODES[name.toLowerCase().replace(/\s+/g, " ")] ?? "USD");
}

/**
 * Finds the figures of a canonical text, sorted by start and non-overlapping; every figure's
 * `text` is exactly `text.slice(start, end)`.
 */
export function findFigures(text: string, options: { limit?: number; dollar?: string } = {}): Figure[] {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const candidates: Candidate[] = [];
  for (const pattern of patternsFor(options.dollar ?? "USD")) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match !== null; match = pattern.regex.exec(text)) {
      // Candidates overlap (a money amount is also a number); far past the limit, stop early.
      if (candidates.length > limit * 4) throw new FilingReadError("too-large", limitMessage("figures"));
      if (match[0].length === 0) {
        pattern.regex.lastIndex++;
        continue;
      }
      if (pattern.readMany !== undefined) {
        for (const one of pattern.readMany(match))
          if (typeof one.value !== "number" || Number.isFinite(one.value))
            candidates.push({ ...one, priority: pattern.priority });
        continue;
      }
      const read = pattern.read(match.groups ?? {}, match);
      if (read === undefined) continue;
      if (typeof read.value === "number" && !Number.isFinite(read.value)) continue;
      const groupStart =
        pattern.startGroup === undefined ? undefined : match.indices?.groups?.[pattern.startGroup]?.[0];
      candidates.push({
        ...read,
        start: groupStart ?? match.index,
        end: match.index + match[0].length,
        priority: pattern.priority,
      });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const figures: Figure[] = [];
  let lastEnd = 0;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    if (figures.length >= limit) throw new FilingReadError("too-large", limitMessage("figures"));
    figures.push({
      kind: c.kind,
      text: text.slice(c.start, c.end),
      value: c.value,
      unit: c.unit,
      start: c.start,
      end: c.end,
    });
    lastEnd = c.end;
  }
  return withComparatives(text, figures);
}

/** "(2022: 9 million)" right after a figure: the prior year's value of the same quantity. */
const COMPARATIVE_OPENER = /\(\s*(?:(?:19|20)\d\d|prior year|previous year)\s*:\s*$/i;

/**
 * A scaled number in a comparative bracket takes the kind and unit of the figure it compares
 * with ("120 million shares (2022: 9 million)": 9 million shares, not a count of things).
 */
function withComparatives(text: string, figures: Figure[]): Figure[] {
  for (let i = 1; i < figures.length; i++) {
    const figure = figures[i]!;
    const previous = figures[i - 1]!;
    if (figure.kind !== "other" || (previous.kind !== "money" && previous.kind !== "shareCount")) continue;
    const between = text.slice(previous.end, figure.start);
    if (between.length > 24 || !COMPARATIVE_OPENER.test(between)) continue;
    figures[i] = { ...figure, kind: previous.kind, unit: previous.unit };
  }
  return figures;
}
