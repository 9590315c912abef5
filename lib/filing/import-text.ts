/**
 * Plain text (EDGAR .txt, extracted text) → source blocks. Lines are grouped into paragraphs:
 * blank lines separate them; hard-wrapped fixed-width text is unwrapped by checking whether the
 * next line's first word would have fitted on the line before (then the break was the
 * typewriter's, not the author's). SGML page and table tags (<PAGE>, <TABLE>, <S>, <C>) are
 * read line by line; dash underlines are dropped.
 */
import { collapseWhitespace } from "./canonical";
import { sourceBlock, type SourceBlock } from "./source-block";
import {
  isBulletGlyph,
  isNavigationText,
  isPageNumberText,
  startsLowercase,
  startsWithListMarker,
  endsWithTerminalPunctuation,
} from "./text-cues";

interface Line {
  /** Tabs expanded, right-trimmed. */
  raw: string;
  trimmed: string;
  indent: number;
  pageBreakBefore: boolean;
  /** Index of the SGML <TABLE> the line is in, or -1. */
  table: number;
  /** Index of the page the line is on (pages end at <PAGE> or a form feed). */
  page: number;
}

/** SGML tags of EDGAR text documents that are structure, not text, when alone on a line. */
const SGML_LINE_TAGS =
  /^<\/?(?:SEC-DOCUMENT|SEC-HEADER|IMS-HEADER|DOCUMENT|TEXT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|PDF|CAPTION|FN|S|C|F\d+|R\d+|NAME|TITLE|ARTICLE|LEGEND|MULTIPLIER|CURRENCY|PERIOD-TYPE)>/i;
/** Column tags inside SGML tables. */
const SGML_TABLE_TAGS = /<\/?(?:S|C|CAPTION|FN)>/gi;

function expandTabs(line: string): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (const ch of line) {
    if (ch === "\t") out += " ".repeat(8 - (out.length % 8));
    else out += ch;
  }
  return out;
}

/** A line ending with a page number after dot leaders or a wide gap. */
const TOC_LINE = /(?:\.{3,}|\S {2,})\s*(?:[0-9]{1,3}|[ivxlc]{1,6})$/;

/** Underlines drawn with dashes or equals signs, including EDGAR's "- ------". */
function isRuleLine(trimmed: string): boolean {
  return trimmed.length >= 3 && /^[-=_~*. ]+$/.test(trimmed) && /[-=_~*]{2}/.test(trimmed);
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let pageBreak = false;
  let table = -1;
  let tables = 0;
  let page = 0;
  for (const physical of text.split("\n")) {
    const pieces = physical.split("\f");
    for (let p = 0; p < pieces.length; p++) {
      if (p > 0) {
        if (!pageBreak) page++;
        pageBreak = true;
      }
      let raw = expandTabs(pieces[p] ?? "").trimEnd();
      const upper = raw.trim().toUpperCase();
      if (upper === "<PAGE>" || upper === "</PAGE>") {
        if (!pageBreak) page++;
        pageBreak = true;
        continue;
      }
      if (upper.startsWith("<TABLE") && upper.endsWith(">")) {
        table = tables++;
        continue;
      }
      if (upper === "</TABLE>") {
        table = -1;
        continue;
      }
      if (table >= 0) raw = raw.replace(SGML_TABLE_TAGS, (tag) => " ".repeat(tag.length)).trimEnd();
      else if (SGML_LINE_TAGS.test(raw.trim()) && raw.trim().endsWith(">")) {
        // A tag line such as "<TYPE>10-K" carries no text of the filing.
        continue;
      }
      const trimmed = raw.trim();
      lines.push({
        raw,
        trimmed,
        indent: raw.length - raw.trimStart().length,
        pageBreakBefore: pageBreak,
        table,
        page,
      });
      if (trimmed.length > 0) pageBreak = false;
    }
  }
  return lines;
}

/**
 * The width text was wrapped at, or undefined when it was not hard-wrapped (paragraphs on one
 * long line each). Measured as a high percentile of line lengths, so one long line does not
 * move it.
 */
function wrapWidth(lines: readonly Line[]): number | undefined {
  const lengths = lines
    .filter((l) => l.table < 0 && l.trimmed.length > 0)
    .map((l) => l.raw.length)
    .sort((a, b) => a - b);
  if (lengths.length < 3) return undefined;
  const at = (q: number): number =>
    lengths[Math.min(lengths.length - 1, Math.floor(q * (lengths.length - 1)))] ?? 0;
  // Typewriter widths are 60–100 columns, and most lines of wrapped text come close to it.
  const width = at(0.98);
  if (at(0.9) > 100) return undefined;
  const full = lengths.filter((n) => n >= width * 0.75).length;
  return full >= lengths.length * 0.3 ? width : undefined;
}

/**
 * The wrap width of each page: a filing's parts were often typed at different widths (the
 * report at 65 columns, its exhibits at 80), so one width for the whole file would take the
 * report's wrapped lines for ended paragraphs. A page with too few lines uses the file's width.
 */
function pageWrapWidths(
  lines: readonly Line[],
  fileWidth: number | undefined,
): Map<number, number | undefined> {
  const byPage = new Map<number, Line[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const widths = new Map<number, number | undefined>();
  for (const [page, pageLines] of byPage) {
    const prose = pageLines.filter((l) => l.table < 0 && l.trimmed.length > 0);
    widths.set(page, prose.length >= 12 ? (wrapWidth(pageLines) ?? fileWidth) : fileWidth);
  }
  return widths;
}

function firstWordLength(trimmed: string): number {
  const space = trimmed.indexOf(" ");
  return space < 0 ? trimmed.length : space;
}

/** Marker of an item in fixed-width text: the usual ones, plus Wingdings "o" bullets. */
function isListStart(line: Line): boolean {
  return startsWithListMarker(line.trimmed) || /^[o§]\s{2,}\S/.test(line.trimmed);
}

interface Paragraph {
  lines: Line[];
  /** Underlined by a rule line of dashes or equals signs: the typewriter's emphasis. */
  underlined?: boolean;
  list: boolean;
  /** Column where a list item's text starts, for hanging indents. */
  contentColumn: number;
}

/** Does `line` continue the paragraph (rather than start a new block)? */
function continuesParagraph(paragraph: Paragraph, line: Line, width: number | undefined): boolean {
  const prev = paragraph.lines[paragraph.lines.length - 1];
  if (prev === undefined) return false;
  if (isListStart(line) || isPageNumberText(line.trimmed) || isNavigationText(line.trimmed)) return false;
  // Table-of-contents lines end with a page number after dot leaders or a gap: one block each.
  if (TOC_LINE.test(prev.raw) || TOC_LINE.test(line.raw)) return false;
  const continuation = !endsWithTerminalPunctuation(prev.trimmed) && startsLowercase(line.trimmed);
  if (width === undefined) return continuation;
  const wrapped = prev.raw.length + 1 + firstWordLength(line.trimmed) > width - 1;
  if (paragraph.list) return (wrapped || continuation) && line.indent >= paragraph.contentColumn - 2;
  // A deeper first-line indent starts a new paragraph.
  if (line.indent > prev.indent + 2 && !continuation) return false;
  return wrapped || continuation;
}

function centred(paragraph: Paragraph, width: number | undefined): boolean {
  if (paragraph.lines.length > 2) return false;
  const line = paragraph.lines[0];
  if (line === undefined || line.indent < 6) return false;
  if (width === undefined) return line.indent >= 10;
  const right = width - line.raw.length;
  return right >= 4 && Math.abs(line.indent - right) <= 8;
}

function paragraphBlock(paragraph: Paragraph, width: number | undefined): SourceBlock {
  let text = "";
  for (const line of paragraph.lines) {
    if (text.length === 0) text = line.trimmed;
    else if (/[A-Za-z]-$/.test(text) && startsLowercase(line.trimmed)) text += line.trimmed;
    else text += ` ${line.trimmed}`;
  }
  return sourceBlock(collapseWhitespace(text), {
    emphasis: paragraph.underlined === true ? "all" : "none",
    listItem: paragraph.list,
    centered: centred(paragraph, width),
    pageBreakBefore: paragraph.lines[0]?.pageBreakBefore ?? false,
  });
}

/**
 * An SGML <TABLE> of a text filing, kept line for line (fixed-width columns stay aligned in a
 * monospace block): column tags become spaces, blank lines and the common indent go.
 */
function tableBlock(lines: readonly Line[]): SourceBlock | undefined {
  const kept = lines.filter(
    (l) => l.trimmed.length > 0 && !/^<\/?(?:CAPTION|TABLE)\b[^>]*>$/i.test(l.trimmed),
  );
  if (!kept.some((l) => /[\p{L}\p{N}]/u.test(l.trimmed))) return undefined;
  const indent = kept.reduce((least, l) => Math.min(least, l.indent), Number.POSITIVE_INFINITY);
  const text = kept.map((l) => l.raw.slice(indent).trimEnd()).join("\n");
  return sourceBlock(text, {
    table: true,
    preformatted: true,
    pageBreakBefore: lines[0]?.pageBreakBefore ?? false,
  });
}

/**
 * Is this line a page number printed in the middle of a sentence ("There are" / "8" /
 * "competing architectures…"), as text extracted page by page keeps it? Then it is dropped and
 * the sentence read on across it; a page number between paragraphs stays, for the furniture pass.
 */
function pageNumberInsideSentence(
  lines: readonly Line[],
  index: number,
  paragraph: Paragraph | undefined,
): boolean {
  const line = lines[index];
  const last = paragraph?.lines.at(-1);
  if (line === undefined || last === undefined || line.table >= 0 || !isPageNumberText(line.trimmed))
    return false;
  if (endsWithTerminalPunctuation(last.trimmed)) return false;
  let at = index + 1;
  while (at < lines.length && lines[at]!.trimmed.length === 0) at++;
  const next = lines[at];
  return next !== undefined && next.table < 0 && startsLowercase(next.trimmed) && !isListStart(next);
}

/**
 * Reads plain text (already character-normalized) into source blocks. Page numbers and other
 * furniture stay in as blocks of their own, for `removePageFurniture` to recognize.
 */
export function importPlainText(text: string): SourceBlock[] {
  const lines = readLines(text);
  const fileWidth = wrapWidth(lines);
  const pageWidths = pageWrapWidths(lines, fileWidth);
  const blocks: SourceBlock[] = [];
  let paragraph: Paragraph | undefined;
  let tableLines: Line[] = [];
  let pendingBreak = false;

  const flushParagraph = (): void => {
    const width = pageWidths.get(paragraph?.lines[0]?.page ?? 0) ?? fileWidth;
    if (paragraph !== undefined) blocks.push(paragraphBlock(paragraph, width));
    paragraph = undefined;
  };
  const flushTable = (): void => {
    const block = tableBlock(tableLines);
    if (block !== undefined) blocks.push(block);
    tableLines = [];
  };

  for (const [index, line] of lines.entries()) {
    if (pageNumberInsideSentence(lines, index, paragraph)) continue;
    const withBreak = pendingBreak && line.trimmed.length > 0 ? { ...line, pageBreakBefore: true } : line;
    if (line.trimmed.length > 0) pendingBreak = false;
    if (line.table >= 0) {
      flushParagraph();
      if (tableLines.length > 0 && tableLines[0]?.table !== line.table) flushTable();
      tableLines.push(withBreak);
      continue;
    }
    if (tableLines.length > 0) flushTable();
    // Text extracted from HTML often puts a bullet on a line of its own, a blank line, then the
    // item: one list item.
    const loneMarker =
      paragraph !== undefined &&
      paragraph.list &&
      paragraph.lines.length === 1 &&
      isBulletGlyph(paragraph.lines[0]?.trimmed ?? "");
    if (line.trimmed.length === 0) {
      if (!loneMarker) flushParagraph();
      continue;
    }
    if (
      loneMarker &&
      paragraph !== undefined &&
      !isListStart(withBreak) &&
      !isPageNumberText(line.trimmed) &&
      !isNavigationText(line.trimmed)
    ) {
      paragraph.lines.push(withBreak);
      paragraph.contentColumn = withBreak.indent;
      continue;
    }
    if (isRuleLine(line.trimmed)) {
      // A rule under a short paragraph, about as wide as its text, underlines it.
      const last = paragraph?.lines.at(-1);
      if (
        paragraph !== undefined &&
        last !== undefined &&
        paragraph.lines.length <= 2 &&
        line.trimmed.replace(/\s+/g, "").length >= last.trimmed.replace(/\s+/g, "").length * 0.6
      )
        paragraph.underlined = true;
      flushParagraph();
      if (line.pageBreakBefore) pendingBreak = true;
      continue;
    }
    if (
      paragraph !== undefined &&
      !withBreak.pageBreakBefore &&
      continuesParagraph(paragraph, withBreak, pageWidths.get(paragraph.lines.at(-1)?.page ?? 0) ?? fileWidth)
    ) {
      paragraph.lines.push(withBreak);
      continue;
    }
    flushParagraph();
    const list = isListStart(withBreak);
    const marker = /^(\S+)\s+/.exec(withBreak.trimmed)?.[0].length ?? 0;
    paragraph = { lines: [withBreak], list, contentColumn: withBreak.indent + (list ? marker : 0) };
  }
  flushParagraph();
  if (tableLines.length > 0) flushTable();
  return blocks;
}
