/**
 * EDGAR HTML → source blocks. Parsed with htmlparser2 into a small tree (whole documents and
 * fragments without <html>/<body> alike); script, style and hidden content never become text.
 * Emphasis is tracked through <b>/<i>/<u>/<strong>/<em>, <font>, inline styles and <style>
 * class rules, so the structure analysis can tell risk-factor titles by their look.
 */
import { Parser } from "htmlparser2";
import { collapseWhitespace, normalizeCharacters } from "./canonical";
import { factsForElement, parseDeclarations, parseStyleSheet, type StyleFacts, type StyleRules } from "./css";
import { importPlainText } from "./import-text";
import { sourceBlock, type SourceBlock } from "./source-block";
import { normalizeTable } from "./table-grid";
import type { TableLayout } from "./types";
import { hasReadableText, isBulletGlyph } from "./text-cues";

interface ElementNode {
  kind: "element";
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
interface TextNode {
  kind: "text";
  text: string;
}
type HtmlNode = ElementNode | TextNode;

/** Elements whose content is never text of the filing. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "title",
  "svg",
  "math",
  "object",
  "iframe",
  "embed",
  "select",
  "button",
  "ix:header",
  "xbrl",
]);

/** Elements that start and end a block of text. */
const BLOCK_ELEMENTS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "center",
  "address",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "nav",
  "aside",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "caption",
  "body",
  "html",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "page",
  "document",
  "text",
  "table",
]);

/** Deepest element nesting kept in the tree. */
const MAX_DEPTH = 600;

/** Parsed HTML: the tree, the style sheets' text and the <title>. */
interface ParsedHtml {
  root: ElementNode;
  styleSheets: string[];
  title: string | undefined;
}

/** Inline XBRL cover facts worth reading for metadata (they sit in a hidden header). */
const COVER_FACTS = new Set([
  "dei:entityregistrantname",
  "dei:documenttype",
  "dei:documentfiscalyearfocus",
  "dei:documentperiodenddate",
  "dei:entitycentralindexkey",
  "dei:tradingsymbol",
]);

/**
 * The inline XBRL cover facts of a document ("dei:DocumentType" → "10-K"), hidden or not;
 * the first value of each, except trading symbols, which are all kept (comma-separated).
 */
function coverFacts(root: ElementNode): Map<string, string> {
  const facts = new Map<string, string>();
  const visit = (node: HtmlNode): void => {
    if (node.kind !== "element") return;
    const name = node.attrs.name?.toLowerCase();
    if (node.name === "ix:nonnumeric" && name !== undefined && COVER_FACTS.has(name)) {
      const value = collapseWhitespace(normalizeCharacters(textContent(node, true)));
      const previous = facts.get(name);
      if (value.length > 0 && previous === undefined) facts.set(name, value);
      else if (value.length > 0 && name === "dei:tradingsymbol" && !previous?.split(",").includes(value))
        facts.set(name, `${previous},${value}`);
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return facts;
}

/** Start tags that close an open <p>, as browsers do ("<P>one<P>two" is two paragraphs). */
const CLOSES_P = new Set([
  "p",
  "div",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "dl",
  "dd",
  "dt",
  "li",
  "blockquote",
  "center",
  "pre",
  "hr",
  "address",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "form",
  "fieldset",
  "figure",
  "main",
]);
/** Elements a <p> cannot be closed across. */
const P_SCOPE_BOUNDARY = new Set(["table", "td", "th", "caption", "button", "html", "template"]);

/**
 * Parses HTML into a small tree. htmlparser2 reports tags as written; the tree closes an open
 * <p> when a block starts inside it, as browsers do, so old EDGAR HTML that never closes
 * <P> and <FONT> stays flat instead of nesting thousands deep.
 */
function parseHtml(html: string): ParsedHtml {
  const root: ElementNode = { kind: "element", name: "#root", attrs: {}, children: [] };
  /** Elements open for new children, outermost first. */
  const open: ElementNode[] = [root];
  /** Mirrors htmlparser2's own stack: what each of its open tags became (undefined: ignored). */
  const shadow: (ElementNode | undefined)[] = [];
  const closed = new WeakSet<ElementNode>();
  const styleSheets: string[] = [];
  let title: string | undefined;

  const closeOpenParagraph = (): void => {
    for (let k = open.length - 1; k > 0; k--) {
      const element = open[k];
      if (element === undefined || P_SCOPE_BOUNDARY.has(element.name)) return;
      if (element.name === "p") {
        for (const inner of open.splice(k)) closed.add(inner);
        return;
      }
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (CLOSES_P.has(name)) closeOpenParagraph();
        // Past this depth tags are ignored (their text is kept): walking cannot exhaust the stack.
        if (open.length >= MAX_DEPTH) {
          shadow.push(undefined);
          return;
        }
        const element: ElementNode = { kind: "element", name, attrs, children: [] };
        open[open.length - 1]?.children.push(element);
        open.push(element);
        shadow.push(element);
      },
      onclosetag() {
        const element = shadow.pop();
        if (element === undefined || closed.has(element)) return;
        const k = open.lastIndexOf(element);
        if (k > 0) open.splice(k);
      },
      ontext(text) {
        const top = open[open.length - 1];
        if (top === undefined) return;
        if (top.name === "style") styleSheets.push(text);
        else if (top.name === "title") title = (title ?? "") + text;
        else if (top.name === "script" || top.name === "noscript" || top.name === "template") return;
        const last = top.children[top.children.length - 1];
        if (last?.kind === "text") last.text += text;
        else top.children.push({ kind: "text", text });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return {
    root,
    styleSheets,
    title: title === undefined ? undefined : collapseWhitespace(normalizeCharacters(title)),
  };
}

/** Inherited layout state while walking the tree. */
interface Context {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  centered: boolean;
  link: boolean;
  /** Inside a table cell collected as one line: block elements only add a space. */
  inline: boolean;
}

interface Run {
  text: string;
  emphasized: boolean;
  link: boolean;
}

interface BlockCues {
  centered: boolean;
  headingLevel?: number;
  listPrefix?: string;
}

/** Accumulates text runs and turns them into source blocks at block boundaries. */
class BlockCollector {
  readonly blocks: SourceBlock[] = [];
  private runs: Run[] = [];
  private cues: BlockCues = { centered: false };
  private pageBreakPending = false;

  begin(cues: BlockCues): void {
    this.flush();
    this.cues = cues;
  }

  add(text: string, context: Context): void {
    if (text.length === 0) return;
    // Normalized per run, before whitespace is collapsed, so emphasis offsets stay right.
    this.runs.push({
      text: normalizeCharacters(text),
      emphasized: context.bold || context.italic || context.underline,
      link: context.link,
    });
  }

  pageBreak(): void {
    this.flush();
    this.pageBreakPending = true;
  }

  /** Adds blocks made elsewhere (a <pre> read as plain text). */
  addBlocks(blocks: readonly SourceBlock[]): void {
    this.flush();
    for (const block of blocks) {
      this.blocks.push(this.pageBreakPending ? { ...block, pageBreakBefore: true } : block);
      this.pageBreakPending = false;
    }
  }

  /** Takes the runs collected so far without making a block of them (table cells). */
  takeRuns(): Run[] {
    const runs = this.runs;
    this.runs = [];
    return runs;
  }

  addRow(runs: Run[], cues: BlockCues & { listItem: boolean }): void {
    this.flush();
    this.emit(runs, cues, cues.listItem, false);
  }

  addTable(text: string, tableLayout: TableLayout): void {
    this.flush();
    this.blocks.push(sourceBlock(text, { table: true, tableLayout, pageBreakBefore: this.pageBreakPending }));
    this.pageBreakPending = false;
  }

  flush(): void {
    const runs = this.runs;
    this.runs = [];
    const cues = this.cues;
    this.cues = { centered: false };
    this.emit(runs, cues, cues.listPrefix !== undefined, true);
  }

  private emit(runs: Run[], cues: BlockCues, listItem: boolean, usePrefix: boolean): void {
    const placed = placeRuns(runs);
    if (!hasReadableText(placed.text)) return;
    let text = placed.text;
    let emphasis = placed.emphasis;
    if (usePrefix && cues.listPrefix !== undefined) {
      text = cues.listPrefix + text;
      if (typeof emphasis === "number") emphasis += cues.listPrefix.length;
    }
    // A bullet set apart by padding rather than a space ("•our ability") gets its space back.
    const glued = GLUED_BULLET.exec(text);
    if (glued !== null) {
      text = `${text.slice(0, glued[0].length)} ${text.slice(glued[0].length)}`;
      if (typeof emphasis === "number") emphasis += 1;
      listItem = true;
    }
    this.blocks.push(
      sourceBlock(text, {
        emphasis,
        centered: cues.centered,
        headingLevel: cues.headingLevel,
        listItem,
        internalLink: placed.allLink,
        pageBreakBefore: this.pageBreakPending,
      }),
    );
    this.pageBreakPending = false;
  }
}

/** A bullet glyph directly followed by a word. */
const GLUED_BULLET = /^[•·●◦○▪■▫◆◇❖➢➤►▸‣⁃∙](?=[\p{L}\p{N}“"‘(])/u;

/** Joins runs with collapsed whitespace and measures their emphasis and links. */
function placeRuns(runs: readonly Run[]): {
  text: string;
  emphasis: SourceBlock["emphasis"];
  allLink: boolean;
} {
  let text = "";
  const spans: { start: number; end: number; emphasized: boolean; link: boolean; readable: boolean }[] = [];
  for (const run of runs) {
    let piece = run.text.replace(/\s+/g, " ");
    if (piece.startsWith(" ") && (text.length === 0 || text.endsWith(" "))) piece = piece.slice(1);
    if (piece.length === 0) continue;
    spans.push({
      start: text.length,
      end: text.length + piece.length,
      emphasized: run.emphasized,
      link: run.link,
      readable: hasReadableText(piece),
    });
    text += piece;
  }
  const trimmed = text.trimEnd();
  const readable = spans.filter((s) => s.readable);
  if (readable.length === 0) return { text: trimmed, emphasis: "none", allLink: false };
  const allLink = readable.every((s) => s.link);
  if (readable.every((s) => s.emphasized)) return { text: trimmed, emphasis: "all", allLink };
  if (!readable[0]?.emphasized) return { text: trimmed, emphasis: "none", allLink };
  // Leading emphasis: up to the first plain run, taking along punctuation that closes it.
  const firstPlain = readable.find((s) => !s.emphasized);
  let end = firstPlain?.start ?? trimmed.length;
  while (end < trimmed.length && /[.:?!”’"')\]]/.test(trimmed[end] ?? "")) end++;
  while (end > 0 && trimmed[end - 1] === " ") end--;
  return { text: trimmed, emphasis: end, allLink };
}

/** Walks the tree, sending text to the collector with the layout it has. */
class HtmlWalker {
  readonly collector = new BlockCollector();
  readonly tables: TableCounts = { data: 0, layout: 0, wrapper: 0, contents: 0, empty: 0 };

  constructor(private readonly rules: StyleRules) {}

  walk(node: HtmlNode, context: Context): void {
    if (node.kind === "text") {
      this.collector.add(node.text, context);
      return;
    }
    const name = node.name;
    if (SKIPPED.has(name) || "hidden" in node.attrs) return;
    const facts = this.factsOf(node);
    if (facts.hidden) return;
    const inner = this.innerContext(node, facts, context);

    if (name === "br") {
      if (context.inline) this.collector.add(" ", context);
      else this.collector.begin({ centered: context.centered });
      return;
    }
    if (name === "hr") {
      if (!context.inline) this.collector.pageBreak();
      return;
    }
    if (name === "page") {
      // SGML <PAGE> left inside EDGAR HTML.
      if (!context.inline) this.collector.pageBreak();
      for (const child of node.children) this.walk(child, inner);
      return;
    }
    if (name === "pre" && !context.inline) {
      this.collector.addBlocks(importPlainText(normalizeCharacters(textContent(node))));
      return;
    }
    if (name === "table" && !context.inline) {
      if (facts.pageBreakBefore) this.collector.pageBreak();
      this.walkTable(node, inner);
      if (facts.pageBreakAfter) this.collector.pageBreak();
      return;
    }
    if (!BLOCK_ELEMENTS.has(name)) {
      for (const child of node.children) this.walk(child, inner);
      return;
    }
    if (context.inline) {
      this.collector.add(" ", context);
      for (const child of node.children) this.walk(child, inner);
      this.collector.add(" ", context);
      return;
    }
    if (facts.pageBreakBefore) this.collector.pageBreak();
    this.collector.begin(this.blockCues(node, inner));
    for (const child of node.children) this.walk(child, inner);
    this.collector.begin({ centered: context.centered });
    if (facts.pageBreakAfter) this.collector.pageBreak();
  }

  private factsOf(node: ElementNode): StyleFacts {
    const fromRules = factsForElement(this.rules, node.name, node.attrs.class);
    const inline = node.attrs.style === undefined ? {} : parseDeclarations(node.attrs.style);
    return { ...fromRules, ...inline };
  }

  private innerContext(node: ElementNode, facts: StyleFacts, context: Context): Context {
    const name = node.name;
    let { bold, italic, underline, centered, link } = context;
    if (name === "b" || name === "strong" || name === "th" || /^h[1-6]$/.test(name)) bold = true;
    if (name === "i" || name === "em" || name === "cite" || name === "dfn" || name === "var") italic = true;
    if (name === "u" || name === "ins") underline = true;
    if (name === "center") centered = true;
    const align = node.attrs.align?.toLowerCase();
    if (align !== undefined && name !== "table" && name !== "img")
      centered = align === "center" || align === "middle";
    if (name === "a" && node.attrs.href !== undefined) link = node.attrs.href.trim().startsWith("#");
    if (facts.bold !== undefined) bold = facts.bold;
    if (facts.italic !== undefined) italic = facts.italic;
    if (facts.underline !== undefined) underline = facts.underline;
    if (facts.centered !== undefined) centered = facts.centered;
    return { bold, italic, underline, centered, link, inline: context.inline };
  }

  private blockCues(node: ElementNode, inner: Context): BlockCues {
    const heading = /^h([1-6])$/.exec(node.name);
    const cues: BlockCues = { centered: inner.centered };
    if (heading?.[1] !== undefined) cues.headingLevel = Number(heading[1]);
    if (node.name === "li") cues.listPrefix = "• ";
    return cues;
  }

  /**
   * Tables in EDGAR HTML are layout as often as data: a one-row table holds a heading
   * ("ITEM 1A." | "RISK FACTORS"), a bullet cell and a text cell make a list item, a table
   * wrapping paragraphs is a page layout, a table of Items and page numbers is the table of
   * contents (navigation, dropped), and only the rest is a data table, normalized to a
   * rectangular grid (see table-grid.ts).
   */
  private walkTable(table: ElementNode, context: Context): void {
    this.collector.begin({ centered: context.centered });
    const rows = tableRows(table);
    // A header stacked in a cell is a table's only over rows of values: a one-row, two-column
    // table of a stacked heading and prose is page layout.
    const columns = rows.length >= 2 ? Math.max(0, ...rows.map((row) => row.length)) : 1;
    if (rows.length === 0 || rows.some((row) => row.some((cell) => isLayoutCell(cell, columns)))) {
      this.tables.wrapper++;
      for (const child of table.children) this.walk(child, context);
      return;
    }
    const cellContext: Context = { ...context, inline: true };
    const rowCells = rows.map((row) =>
      row.map((cell) => {
        const cellInner = this.innerContext(cell, this.factsOf(cell), cellContext);
        for (const child of cell.children) this.walk(child, cellInner);
        const runs = this.collector.takeRuns();
        return {
          runs,
          text: collapseWhitespace(runs.map((r) => r.text).join("")),
          centered: cellInner.centered,
          colSpan: spanAttribute(cell.attrs.colspan),
          rowSpan: spanAttribute(cell.attrs.rowspan),
        };
      }),
    );
    const normalized = normalizeTable(rowCells);
    if (normalized === undefined) {
      this.tables.empty++;
      return;
    }
    const { rows: grid, layout } = normalized;
    if (isTableOfContents(grid)) {
      this.tables.contents++;
      this.collector.pageBreak();
      return;
    }
    const filledCells = (cells: readonly string[]): string[] => cells.filter((text) => text !== "");
    const isBulletRow = (cells: readonly string[]): boolean => {
      const filled = filledCells(cells);
      return filled.length >= 2 && isBulletGlyph(filled[0] ?? "");
    };
    const dataTable =
      layout.columns >= 2 &&
      grid.length >= 2 &&
      !grid.every(isBulletRow) &&
      grid.some((cells) => filledCells(cells).length >= 2);
    if (dataTable) {
      this.tables.data++;
      this.collector.addTable(grid.map((cells) => cells.join("\t")).join("\n"), layout);
      return;
    }
    this.tables.layout++;
    // Layout: each row is a paragraph (a heading, a list item) with the look of its runs.
    for (const cells of rowCells) {
      const filled = cells.filter(
        (cell) => hasReadableText(cell.text) || isBulletGlyph(cell.text) || CHECKBOX.test(cell.text),
      );
      if (filled.length === 0) continue;
      const runs: Run[] = [];
      filled.forEach((cell, index) => {
        if (index > 0) runs.push({ text: " ", emphasized: false, link: false });
        for (const run of cell.runs) runs.push(run);
      });
      this.collector.addRow(runs, {
        centered: filled.every((c) => c.centered),
        listItem: filled.length >= 2 && isBulletGlyph(filled[0]?.text ?? ""),
      });
    }
  }
}

/** A colspan or rowspan attribute as a positive integer (1 when absent or nonsense). */
function spanAttribute(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** A cover page's check box, ticked or not. */
const CHECKBOX = /^[☐☑☒✓✔✗✘]$/;

/** A page number as a table of contents prints it: "45", "F-1", "ii". */
const TOC_PAGE = /^(?:[0-9]{1,3}|[ivxlc]{1,6}|[A-Z]-?[0-9]{1,3})$/i;

/**
 * The front table of contents: rows naming Parts and Items, most ending with a page number.
 * The outline replaces it.
 */
function isTableOfContents(grid: readonly string[][]): boolean {
  let entries = 0;
  /** Rows that end with an ascending page number after some words: an index of pages. */
  let indexed = 0;
  let lastPage = 0;
  let ascending = true;
  for (const cells of grid) {
    const filled = cells.filter((text) => text !== "");
    const page = filled[filled.length - 1] ?? "";
    if (!TOC_PAGE.test(page) || filled.length < 2) continue;
    const names = /^(?:part\s+[ivx]+\b|item\s+\d{1,2}[a-z]?\b)/i.test(filled.join(" "));
    if (names) entries++;
    if (/[a-z]{3}/i.test(filled[0] ?? "")) {
      indexed++;
      const number = Number(page.replace(/^[A-Z]-?/i, ""));
      if (Number.isFinite(number)) {
        if (number < lastPage) ascending = false;
        lastPage = number;
      }
    }
  }
  return (
    (entries >= 4 && entries >= grid.length * 0.4) ||
    (indexed >= 4 && ascending && indexed >= (grid.length - 1) * 0.7)
  );
}

/** Rows of a table (not of tables nested in it), each a list of its cells. */
function tableRows(table: ElementNode): ElementNode[][] {
  const rows: ElementNode[][] = [];
  const visit = (node: ElementNode): void => {
    for (const child of node.children) {
      if (child.kind !== "element") continue;
      if (child.name === "tr")
        rows.push(
          child.children.filter(
            (c): c is ElementNode => c.kind === "element" && (c.name === "td" || c.name === "th"),
          ),
        );
      else if (child.name === "thead" || child.name === "tbody" || child.name === "tfoot") visit(child);
    }
  };
  visit(table);
  return rows;
}

/** Characters of text under which a cell's several blocks are a stacked header, not prose. */
const STACKED_HEADER_CHARS = 100;

/**
 * A cell holding a table, or several paragraphs of prose, is page layout, not a table cell; in
 * a table of several columns, a short header stacked over lines ("Fair Value" / "(Level 2)",
 * as Workiva writes column headers) is a table's cell. A one-column table holding blocks wraps them.
 */
function isLayoutCell(cell: ElementNode, columns: number): boolean {
  if (!holdsBlocks(cell)) return false;
  if (columns < 2 || hasNested(cell)) return true;
  return collapseWhitespace(textContent(cell)).length >= STACKED_HEADER_CHARS;
}

/** Whether a cell holds a table or preformatted text. */
function hasNested(node: ElementNode): boolean {
  return node.children.some(
    (child) =>
      child.kind === "element" && (child.name === "table" || child.name === "pre" || hasNested(child)),
  );
}

/** Whether a cell holds a table, preformatted text, or two or more blocks with text. */
function holdsBlocks(cell: ElementNode): boolean {
  let blocks = 0;
  const visit = (node: ElementNode): boolean => {
    for (const child of node.children) {
      if (child.kind !== "element") continue;
      if (child.name === "table" || child.name === "pre") return true;
      if (
        child.name === "p" ||
        child.name === "div" ||
        child.name === "li" ||
        child.name === "br" ||
        /^h[1-6]$/.test(child.name)
      ) {
        if (child.name === "br" || hasReadableText(textContent(child))) blocks++;
        if (blocks >= 2) return true;
      }
      if (visit(child)) return true;
    }
    return false;
  };
  return visit(cell);
}

function textContent(node: HtmlNode, includeHidden = false): string {
  if (node.kind === "text") return node.text;
  if (SKIPPED.has(node.name) && !includeHidden) return "";
  if (node.name === "br") return "\n";
  return node.children.map((child) => textContent(child, includeHidden)).join("");
}

/** What the HTML importer found: blocks in order and the document's <title>. */
export interface HtmlImport {
  blocks: SourceBlock[];
  title: string | undefined;
  /** Inline XBRL cover facts by lowercase name ("dei:documenttype"). */
  coverFacts: Map<string, string>;
  /** What the document's tables were read as (the benchmark reports it). */
  tables: TableCounts;
}

/** How many of a document's tables were read as what. */
interface TableCounts {
  /** Data tables, kept as table blocks. */
  data: number;
  /** Layout: rows read as paragraphs, headings or list items. */
  layout: number;
  /** Page layout wrapping paragraphs or other tables: walked through. */
  wrapper: number;
  /** Tables of contents and page indexes: dropped as navigation. */
  contents: number;
  /** Nothing readable in them. */
  empty: number;
}

/** Reads EDGAR HTML (a whole document or a fragment) into source blocks. */
export function importHtml(html: string): HtmlImport {
  const parsed = parseHtml(html);
  const rules: StyleRules = new Map();
  for (const sheet of parsed.styleSheets) parseStyleSheet(sheet, rules);
  const walker = new HtmlWalker(rules);
  walker.walk(parsed.root, {
    bold: false,
    italic: false,
    underline: false,
    centered: false,
    link: false,
    inline: false,
  });
  walker.collector.flush();
  return {
    blocks: walker.collector.blocks,
    title: parsed.title,
    coverFacts: coverFacts(parsed.root),
    tables: walker.tables,
  };
}
