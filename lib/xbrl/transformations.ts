/**
 * The Inline XBRL Transformation Registry formats filers use (registries 1 to 5 and the SEC's
 * own `ixt-sec`): each turns a fact's displayed text ("1,234.5", "—", "January 26, 2025",
 * "two years") into its value's lexical form. Names are matched on their local part, so
 * `ixt:num-dot-decimal` and `ixt4:num-dot-decimal` are one format; the older spellings
 * (`numdotdecimal`, `zerodash`, `datemonthdayyearen`) are listed beside the newer ones.
 */

import { NUMBER_WORDS } from "@/lib/text/number-words";

/** A transformed value: a number's digits, a date, a duration, a boolean or text. */
export type Transformed = { ok: true; value: string } | { ok: false; reason: string };

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** A month's number (1–12) from its English name or three-letter abbreviation ("Sept." too). */
function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((month) => month === word || month.slice(0, 3) === word.slice(0, 3));
  return index >= 0 && word.length >= 3 ? index + 1 : null;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** A two-digit year as the registry reads it (the closest century: 00–49 → 2000s). */
const fullYear = (year: string) =>
  year.length === 2 ? (Number(year) < 50 ? 2000 : 1900) + Number(year) : Number(year);

function isoDate(year: number, month: number, day: number): Transformed {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return { ok: false, reason: "no such date" };
  return { ok: true, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** "1,234,567.89" → "1234567.89" (groups by comma, space, no-break space or apostrophe). */
function dotDecimal(text: string): Transformed {
  const match = /^\s*(\d{1,3}(?:[,  '’]?\d{3})*|\d+)(?:\.(\d*))?\s*$/.exec(text);
  if (!match) return { ok: false, reason: `not a number with a decimal point: "${text}"` };
  const whole = match[1]!.replace(/[,  '’]/g, "");
  return { ok: true, value: match[2] ? `${whole}.${match[2]}` : whole };
}

/** "1.234.567,89" → "1234567.89". */
function commaDecimal(text: string): Transformed {
  const match = /^\s*(\d{1,3}(?:[.  '’]?\d{3})*|\d+)(?:,(\d*))?\s*$/.exec(text);
  if (!match) return { ok: false, reason: `not a number with a decimal comma: "${text}"` };
  const whole = match[1]!.replace(/[.  '’]/g, "");
  return { ok: true, value: match[2] ? `${whole}.${match[2]}` : whole };
}

/** Number words, with the ones the registry reads as 0 and 1 ("no", "none", "a"). */
const SMALL_NUMBERS: Record<string, number> = { ...NUMBER_WORDS, zero: 0, no: 0, none: 0, a: 1, an: 1 };

/** English number words ("twenty-five", "one hundred and two", "three thousand") → an integer. */
function numberWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .replace(/[-,]/g, " ")
    .split(/\s+/)
    .filter((word) => word && word !== "and");
  if (words.length === 0) return null;
  if (words.length === 1 && /^\d+$/.test(words[0]!)) return Number(words[0]);
  let total = 0;
  let group = 0;
  for (const word of words) {
    const small = word === "hundred" ? undefined : SMALL_NUMBERS[word];
    if (small !== undefined) group += small;
    else if (word === "hundred") group = (group || 1) * 100;
    else if (word === "thousand" || word === "million" || word === "billion") {
      total += (group || 1) * { thousand: 1e3, million: 1e6, billion: 1e9 }[word];
      group = 0;
    } else return null;
  }
  return total + group;
}

/** "two years", "6 months", "one year and six months" → an ISO 8601 duration. */
function durationWords(text: string): Transformed {
  const parts: Record<string, number> = {};
  const pattern = /([\w\s-]+?)[\s-]+(year|month|week|day)s?\b/gi;
  let matched = false;
  for (const match of text.matchAll(pattern)) {
    const count = numberWords(match[1]!.replace(/^\s*(?:and|,)\s*/i, ""));
    if (count === null) return { ok: false, reason: `not a duration: "${text}"` };
    const unit = match[2]!.toLowerCase();
    if (unit === "week") parts.day = (parts.day ?? 0) + 7 * count;
    else parts[unit] = (parts[unit] ?? 0) + count;
    matched = true;
  }
  if (!matched) return { ok: false, reason: `not a duration: "${text}"` };
  const value =
    "P" +
    (parts.year ? `${parts.year}Y` : "") +
    (parts.month ? `${parts.month}M` : "") +
    (parts.day ? `${parts.day}D` : "");
  return { ok: true, value: value === "P" ? "P0D" : value };
}

function durationOf(unit: "Y" | "M" | "D", text: string): Transformed {
  const number = dotDecimal(text);
  if (!number.ok) return number;
  return { ok: true, value: `P${number.value}${unit}` };
}

/** Dates: the parts' order, with month names or numbers. */
function dateFrom(text: string, order: "mdy" | "dmy" | "ymd" | "md" | "dm" | "my"): Transformed {
  const tokens = text
    .trim()
    .replace(/(\d)(st|nd|rd|th)\b/gi, "$1")
    .split(/[\s,./-]+/)
    .filter(Boolean);
  const want = order.length;
  if (tokens.length !== want) return { ok: false, reason: `not a date (${order}): "${text}"` };
  const at = (part: "m" | "d" | "y") => tokens[order.indexOf(part)]!;
  const month = /^\d+$/.test(at("m")) ? Number(at("m")) : monthNumber(at("m"));
  if (month === null) return { ok: false, reason: `no month in "${text}"` };
  if (order === "md" || order === "dm") {
    const day = Number(at("d"));
    if (!(day >= 1 && day <= 31) || month < 1 || month > 12)
      return { ok: false, reason: `not a day: "${text}"` };
    return { ok: true, value: `--${pad(month)}-${pad(day)}` };
  }
  if (order === "my") return { ok: true, value: `${pad(fullYear(at("y")), 4)}-${pad(month)}` };
  return isoDate(fullYear(at("y")), month, Number(at("d")));
}

type Transform = (text: string) => Transformed;

const fixed =
  (value: string): Transform =>
  () => ({ ok: true, value });

/** Each format by its local name. */
const FORMATS: Record<string, Transform> = {
  // Numbers.
  "num-dot-decimal": dotDecimal,
  numdotdecimal: dotDecimal,
  "num-comma-decimal": commaDecimal,
  numcommadecimal: commaDecimal,
  "fixed-zero": fixed("0"),
  zerodash: fixed("0"),
  "fixed-empty": fixed(""),
  "fixed-true": fixed("true"),
  "fixed-false": fixed("false"),
  booleantrue: fixed("true"),
  booleanfalse: fixed("false"),
  numwordsen: (text) => {
    const value = numberWords(text.replace(/\.$/, ""));
    return value === null
      ? { ok: false, reason: `not a number in words: "${text}"` }
      : { ok: true, value: String(value) };
  },
  // Durations (ixt-sec).
  duryear: (text) => durationOf("Y", text),
  durmonth: (text) => durationOf("M", text),
  durday: (text) => durationOf("D", text),
  durwordsen: durationWords,
  // Dates.
  "date-monthname-day-year-en": (text) => dateFrom(text, "mdy"),
  datemonthdayyearen: (text) => dateFrom(text, "mdy"),
  datelongus: (text) => dateFrom(text, "mdy"),
  dateshortus: (text) => dateFrom(text, "mdy"),
  "date-day-monthname-year-en": (text) => dateFrom(text, "dmy"),
  datedaymonthyearen: (text) => dateFrom(text, "dmy"),
  datelonguk: (text) => dateFrom(text, "dmy"),
  dateshortuk: (text) => dateFrom(text, "dmy"),
  "date-month-day-year": (text) => dateFrom(text, "mdy"),
  dateslashus: (text) => dateFrom(text, "mdy"),
  datedotus: (text) => dateFrom(text, "mdy"),
  "date-day-month-year": (text) => dateFrom(text, "dmy"),
  dateslasheu: (text) => dateFrom(text, "dmy"),
  datedoteu: (text) => dateFrom(text, "dmy"),
  "date-year-month-day": (text) => dateFrom(text, "ymd"),
  "date-monthname-day-en": (text) => dateFrom(text, "md"),
  "date-day-monthname-en": (text) => dateFrom(text, "dm"),
  "date-month-day": (text) => dateFrom(text, "md"),
  datemonthday: (text) => dateFrom(text, "md"),
  "date-day-month": (text) => dateFrom(text, "dm"),
  datedaymonth: (text) => dateFrom(text, "dm"),
  "date-monthname-year-en": (text) => dateFrom(text, "my"),
  "date-month-year": (text) => dateFrom(text, "my"),
  // A ballot box: ☒ (checked) is true.
  boolballotbox: (text) =>
    /[☒☑✓✔xX]/.test(text)
      ? { ok: true, value: "true" }
      : /☐/.test(text)
        ? { ok: true, value: "false" }
        : { ok: false, reason: `not a ballot box: "${text}"` },
  // Names the SEC lists (filer category, exchange, state): the text as shown.
  entityfilercategoryen: (text) => ({ ok: true, value: text.trim() }),
  exchnameen: (text) => ({ ok: true, value: text.trim() }),
  stateprovnameen: (text) => ({ ok: true, value: text.trim() }),
  edgarprovcountryen: (text) => ({ ok: true, value: text.trim() }),
  countrynameen: (text) => ({ ok: true, value: text.trim() }),
};

/**
 * The value of a fact's displayed text under `format` (a QName such as "ixt:num-dot-decimal";
 * none: the text must already be a number, or is the value as it stands for text facts).
 */
export function transformFactText(format: string | undefined, text: string, numeric: boolean): Transformed {
  const trimmed = text.trim();
  if (!format) {
    if (!numeric) return { ok: true, value: trimmed };
    return /^-?\d+(?:\.\d*)?$|^-?\.\d+$/.test(trimmed.replace(/,/g, ""))
      ? { ok: true, value: trimmed.replace(/,/g, "") }
      : { ok: false, reason: `no format for the text "${trimmed}"` };
  }
  const local = format.slice(format.indexOf(":") + 1).toLowerCase();
  const transform = FORMATS[local];
  return transform ? transform(trimmed) : { ok: false, reason: `unknown format ${format}` };
}
