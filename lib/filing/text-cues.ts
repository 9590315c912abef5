/**
 * Small predicates over normalized block text, shared by the importers and the structure
 * analysis: list markers, page numbers, sentence boundaries, casing.
 */

/** A bullet or enumerator at the start of a block: "•", "- ", "(a)", "1.", "iv)". */
export const LIST_MARKER =
  /^(?:[•·●◦○▪■▫□◆◇❖➢➤►▸‣⁃∙✓✔]|[-–—*](?=\s)|\(?[0-9]{1,2}[.)](?=\s)|\([a-zA-Z]{1,4}\)|[a-z][.)](?=\s)|[ivx]{1,4}[.)](?=\s))\s*/;

/** Is this text a bullet or enumerator alone (a bullet cell in an HTML table, "o" included)? */
export function isBulletGlyph(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 5) return false;
  return /^(?:[•·●◦○▪■▫□◆◇❖➢➤►▸‣⁃∙✓✔o§-]|[-–—*]|\(?[0-9]{1,2}[.)]|\([a-zA-Z]{1,4}\)|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])$/.test(
    t,
  );
}

/** Does the block start with a list marker? */
export function startsWithListMarker(text: string): boolean {
  return LIST_MARKER.test(text);
}

const ROMAN_PAGE = /^[ivxlc]{1,7}$/;
const PAGE_NUMBER =
  /^(?:page\s+)?[-–—]?\s*(?:[0-9]{1,4}|[A-Z]{1,2}\s?[-–]\s?[0-9]{1,3})\s*[-–—]?(?:\s+of\s+[0-9]{1,4})?$/i;

/** Is this whole text a page number ("20", "-8-", "- 25 -", "F-3", "ii", "Page 5 of 40")? */
export function isPageNumberText(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 16) return false;
  return PAGE_NUMBER.test(t) || ROMAN_PAGE.test(t);
}

/** The number of a page-number text, when it has one ("- 25 -" → 25). */
export function pageNumberValue(text: string): number | undefined {
  const m = /^(?:page\s+)?[-–—]?\s*([0-9]{1,4})\s*[-–—]?(?:\s+of\s+[0-9]{1,4})?$/i.exec(text.trim());
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** Navigation furniture repeated on every page of EDGAR documents. */
const NAVIGATION = new Set([
  "table of contents",
  "index to financial statements",
  "index to consolidated financial statements",
  "back to contents",
  "back to table of contents",
  "return to table of contents",
  "back to top",
  "return to top",
  "back to index",
  "contents",
]);

/** Is this text a navigation link label such as "Table of Contents"? */
export function isNavigationText(text: string): boolean {
  if (text.length > 48) return false;
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s.:]+$/, "")
    .replace(/^\(|\)$/g, "")
    .trim();
  return NAVIGATION.has(t);
}

/** Words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sr jr st no nos vs etc inc corp co ltd llc plc bros dept fig approx est " +
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e cf al mt ft u.s u.k e.u n.v s.a " +
    "l.p a.m p.m ave rev gov sen rep gen col capt lt messrs op art sec ch vol pp para"
  ).split(" "),
);

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]"]);

/**
 * Offsets just past each sentence end in `text` (after the terminal mark and closing quotes).
 * A period ends a sentence when followed by a space and a capital, digit, quote or bracket, and
 * the word before it is not an abbreviation or an initial. The text's end is always an end.
 */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch !== "." && ch !== "?" && ch !== "!") continue;
    let j = i + 1;
    while (j < n && CLOSERS.has(text[j] ?? "")) j++;
    if (j >= n) break;
    if (text[j] !== " " && text[j] !== "\n") continue;
    let k = j;
    while (k < n && (text[k] === " " || text[k] === "\n")) k++;
    const next = text[k] ?? "";
    if (!/[A-Z0-9“"‘'(\[]/.test(next)) continue;
    if (ch === "." && isAbbreviationBefore(text, i)) continue;
    ends.push(j);
  }
  if (text.trim().length > 0) ends.push(text.length);
  return ends;
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && !/\s|[(“"‘]/.test(text[s - 1] ?? " ")) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  // The enumerator of a numbered item: "1. We may…", "(a). …".
  if (s === 0 && /^\(?(?:[0-9]{1,2}|[A-Za-z]|[ivxIVX]{1,4})\)?$/.test(word)) return true;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "Robert W. Stallings"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "A.M"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Offset just past the first sentence of `text`. */
export function firstSentenceEnd(text: string): number {
  return sentenceEnds(text)[0] ?? text.length;
}

/** Number of sentences in `text`. */
export function sentenceCount(text: string): number {
  return sentenceEnds(text).length;
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Does the text end like a sentence (".", "?", "!", optionally inside closing quotes)? */
export function endsWithSentencePunctuation(text: string): boolean {
  return /[.?!]["'”’)\]]*$/.test(text.trimEnd());
}

/** Does the text end with punctuation that closes a clause or sentence (so nothing continues)? */
export function endsWithTerminalPunctuation(text: string): boolean {
  return /[.?!:;]["'”’)\]]*$/.test(text.trimEnd());
}

/** Does the text start with a lowercase letter (a continuation of a previous sentence)? */
export function startsLowercase(text: string): boolean {
  return /^[a-z]/.test(text);
}

const MINOR_WORDS = new Set(
  "a an and as at but by for from in into nor of on or per the to upon via vs with within without our its their".split(
    " ",
  ),
);

/**
 * Is the text in Title Case or capitals ("Risks Related to Our Business", "OPERATING RISKS")?
 * Minor words may be lowercase; every other word must start with a capital or a digit.
 */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0) return false;
  let major = 0;
  for (const w of words) {
    const bare = w.replace(/^[^A-Za-z0-9]+/, "");
    if (MINOR_WORDS.has(bare.toLowerCase())) continue;
    major++;
    if (!/^[A-Z0-9]/.test(bare)) return false;
  }
  return major > 0;
}

/** Is the text written in capitals (at least two letters, none lowercase)? */
export function isAllCaps(text: string): boolean {
  return /[A-Z].*[A-Z]/.test(text) && !/[a-z]/.test(text);
}

/** Has the text any letter or digit at all? */
export function hasReadableText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Words that say nothing about which risk a sentence is about. */
const GENERIC_WORDS = new Set(
  (
    "a an the and or nor but if of to in on at by for from with within without into onto upon over under as than then " +
    "that this these those such which who whom whose what when where while is are was were be been being am do does did " +
    "has have had having it its it's we our ours us you your they their them he she his her not no any all some each other " +
    "one more most many much may could might will would can shall should must also only there here so very able ability " +
    "business results result operations operation operating financial condition conditions material materially adverse " +
    "adversely affect affects affected effect effects impact impacts significant significantly company companies future " +
    "including include includes certain well"
  ).split(" "),
);

/** Crude stem so "changes", "changing" and "change" meet. */
function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** The distinct, stemmed content words of a text (generic words of risk prose left out). */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9'’.-]+/)) {
    const word = raw.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
    if (word.length < 2 || GENERIC_WORDS.has(word)) continue;
    words.add(stem(word));
  }
  return words;
}
