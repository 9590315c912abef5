/**
 * Character-level normalization shared by the importers, and assembly of the canonical text
 * from blocks. The canonical text is what every offset in the app indexes, so it must be
 * deterministic: the same input always yields the same string.
 */

/** Windows-1252 characters at 0x80–0x9F: EDGAR files often carry them as C1 controls or &#146;. */
const WINDOWS_1252: Record<number, string> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

/** Named entities seen in EDGAR text; HTML goes through htmlparser2's full decoder instead. */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  sbquo: "‚",
  bdquo: "„",
  ndash: "–",
  mdash: "—",
  bull: "•",
  middot: "·",
  hellip: "…",
  sect: "§",
  para: "¶",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  cent: "¢",
  pound: "£",
  yen: "¥",
  euro: "€",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  times: "×",
  divide: "÷",
  plusmn: "±",
  shy: "",
  zwsp: "",
  dagger: "†",
  Dagger: "‡",
  laquo: "«",
  raquo: "»",
  eacute: "é",
  Eacute: "É",
  egrave: "è",
  agrave: "à",
  aacute: "á",
  oacute: "ó",
  uacute: "ú",
  iacute: "í",
  ntilde: "ñ",
  ccedil: "ç",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  Uuml: "Ü",
  Ouml: "Ö",
  Auml: "Ä",
  szlig: "ß",
};

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code] ?? " ";
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(code);
}

/**
 * Decodes character references in plain text (`&nbsp;`, `&#146;`, `&#x2019;`). Numeric
 * references 128–159 are Windows-1252, as browsers read them. Unknown names stay as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,8});/g,
    (whole, ref: string) => {
      if (ref.startsWith("#")) {
        const code =
          ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return fromCodePoint(code);
      }
      return NAMED_ENTITIES[ref] ?? whole;
    },
  );
}

/**
 * Maps characters that should not survive into the canonical text: C1 controls become their
 * Windows-1252 meaning, no-break and other fixed-width spaces become a space, zero-width
 * characters and soft hyphens disappear, other control characters become a space.
 * Newlines are kept (the importers decide what a line break means).
 */
export function normalizeCharacters(text: string): string {
  return text.replace(
    /\r\n?|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g,
    (ch) => {
      if (ch === "\r\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029") return "\n";
      const code = ch.charCodeAt(0);
      if (code === 0x0c) return "\f";
      if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code] ?? " ";
      if (code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff)
        return "";
      return " ";
    },
  );
}

/** Collapses every run of whitespace (including newlines) to one space, and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A block's text and where it sits in the canonical text. */
export interface PlacedText {
  start: number;
  end: number;
}

/** Separator between blocks, so that the canonical text reads as paragraphs. */
const BLOCK_SEPARATOR = "\n\n";

/**
 * Joins block texts into the canonical text, separated by a blank line, and returns each
 * block's half-open range in it.
 */
export function assembleCanonicalText(texts: readonly string[]): { text: string; ranges: PlacedText[] } {
  const ranges: PlacedText[] = [];
  let offset = 0;
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) offset += BLOCK_SEPARATOR.length;
    const t = texts[i] ?? "";
    ranges.push({ start: offset, end: offset + t.length });
    offset += t.length;
  }
  return { text: texts.join(BLOCK_SEPARATOR), ranges };
}
