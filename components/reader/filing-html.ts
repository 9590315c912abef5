import { describeFigureValue, describeTableFigure } from "@/lib/filing/describe-figure";
import { isValueCell, tableCellRanges } from "@/lib/filing/table-grid";
import { isRiskSectionTitle } from "@/lib/filing/structure";
import type { Block, Section } from "@/lib/filing/types";
import type { ReaderRiskFactor } from "@/lib/reader/reader-risk-factor";
import { lineageCellId } from "@/lib/lineage/lineage-table";
import type { MarkedFigure } from "@/lib/xbrl/fact-marks";
import { FIGURE_KIND_LABELS, RISK_GROUP_COLOURS } from "./risk-category-style";
import {
  ANNOTATE_RISK_ATTRIBUTE,
  BLOCK_START_ATTRIBUTE,
  CATEGORY_CHIP_ATTRIBUTE,
  figureId,
  READER_CLASS,
} from "@/lib/reader/dom-contract";

export type { ReaderRiskFactor };

export interface FilingHtmlInput {
  text: string;
  blocks: Block[];
  /** The analysis's figures, or the same marked with their tagged facts and checks (see markFigures). */
  figures: MarkedFigure[];
  riskFactors: ReaderRiskFactor[];
  /** For the tables' "Download CSV" links. */
  filingSlug?: string;
  /** The sections, for their headings' depth (Part, Item, sub-item). */
  sections?: Section[];
  /**
   * The company's risk factors over the years (`/companies/<cik>/risks`), for an annual report
   * of a known company: each risk title links to its own row there.
   */
  riskHistoryPath?: string;
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Escapes text for HTML content and attribute values: filing text is never markup. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => escapes[char]!);
}

/**
 * Estimated height in CSS pixels of the reading column's content, per chunk: lets
 * `content-visibility: auto` reserve about the right space for what it has not laid out, so
 * the scrollbar and jumps are nearly right before the chunk is ever rendered.
 */
const CHARACTERS_PER_LINE = 68;
const LINE_HEIGHT = 32;
/** A chunk closes once its estimated height passes this. */
const CHUNK_HEIGHT = 2400;

function estimateHeight(text: string, block: Block): number {
  const length = block.end - block.start;
  switch (block.kind) {
    case "sectionHeading":
      return 110;
    case "groupHeader":
      return 80;
    case "riskTitle":
      return Math.ceil(length / 60) * 28 + 60;
    case "table":
      return (text.slice(block.start, block.end).split("\n").length + 1) * 30 + 60;
    case "preformatted":
      return text.slice(block.start, block.end).split("\n").length * 22 + 40;
    case "listItem":
      return Math.ceil(length / (CHARACTERS_PER_LINE - 4)) * LINE_HEIGHT + 8;
    default:
      return Math.ceil(length / CHARACTERS_PER_LINE) * LINE_HEIGHT + 32;
  }
}

/**
 * A filing's text as one HTML string, block by block. Built as a string rather than React
 * elements: a whole annual report has tens of thousands of nodes, and a string renders in
 * milliseconds and travels once in the page's payload instead of as an element tree.
 *
 * Each run of text sits in `<span class="block-text" data-start=N>` holding nothing but the
 * text and figure marks (`<data>`), so a DOM selection maps back to canonical offsets exactly;
 * chips, links and tools sit outside it. A table's cells each have their own span.
 *
 * Sections are `<section>`s; inside, runs of blocks are grouped in `.cv-chunk`s with
 * `content-visibility: auto` and an estimated intrinsic height, so a long filing lays out only
 * what is near the screen. Navigation (components/reader/navigate.ts) renders the target's
 * chunk before scrolling to it.
 */
export function renderFilingHtml({
  text,
  blocks,
  figures,
  riskFactors,
  filingSlug,
  sections = [],
  riskHistoryPath,
}: FilingHtmlInput): string {
  const history =
    riskHistoryPath && filingSlug
      ? (blockId: string) => `${riskHistoryPath}#${lineageCellId(filingSlug, blockId)}`
      : undefined;
  const riskByBlock = new Map(riskFactors.map((risk) => [risk.blockId, risk]));
  const levels = new Map(sections.map((section) => [section.blockId, section.level ?? 2]));
  const notItemised = riskSectionsWithoutTitles(blocks, sections);
  const figuresByBlock = assignFigures(blocks, figures);
  const out: string[] = ['<section class="filing-section">'];
  let chunkHeight = 0;
  let chunkOpen = false;
  let chunkStartIndex = -1;
  let inList = false;
  const openChunk = (): void => {
    // A placeholder: the opening tag is written when the chunk closes and its height is known.
    out.push("");
    chunkOpen = true;
    chunkHeight = 0;
    chunkStartIndex = out.length - 1;
  };
  const closeChunk = (): void => {
    if (!chunkOpen) return;
    out[chunkStartIndex] =
      `<div class="cv-chunk" style="contain-intrinsic-size:auto ${Math.round(chunkHeight)}px">`;
    out.push("</div>");
    chunkOpen = false;
  };
  for (const [index, block] of blocks.entries()) {
    const isItem = block.kind === "listItem";
    if (!isItem && inList) {
      out.push("</ul>");
      inList = false;
    }
    if (block.kind === "sectionHeading" && index > 0) {
      closeChunk();
      out.push('</section><section class="filing-section">');
    }
    if (!inList && (!chunkOpen || chunkHeight > CHUNK_HEIGHT)) {
      closeChunk();
      openChunk();
    }
    if (isItem && !inList) {
      out.push('<ul class="reader-list">');
      inList = true;
    }
    chunkHeight += estimateHeight(text, block);
    out.push(
      renderBlock(
        text,
        block,
        figuresByBlock.get(block.id) ?? [],
        riskByBlock,
        filingSlug,
        levels.get(block.id),
        history,
      ),
    );
    if (notItemised.has(block.id))
      out.push(
        '<p class="reader-note" role="note">Risk factors not itemised in this filing: this section discusses ' +
          "risks, but no individual risk titles were found, so none is highlighted or categorised.</p>",
      );
  }
  if (inList) out.push("</ul>");
  closeChunk();
  out.push("</section>");
  // One tab stop for all the figures (a roving tabindex: arrow keys move between them, see
  // reader-controls), so the keyboard reaches the notes without passing hundreds of figures.
  return out.join("").replace(FIRST_FIGURE_STOP, '$1tabindex="0">');
}

const FIRST_FIGURE_STOP = /(<data id="f-\d+"[^>]*?)tabindex="-1">/;

/**
 * Heading ids of risk sections with no risk-factor title inside: the reader says so rather
 * than silently showing nothing (a sub-section counts for the Item it sits in).
 */
function riskSectionsWithoutTitles(blocks: readonly Block[], sections: readonly Section[]): Set<string> {
  const empty = new Set<string>();
  for (const section of sections) {
    if (!isRiskSectionTitle(section.title)) continue;
    const titled = blocks.some(
      (block) => block.kind === "riskTitle" && block.start >= section.start && block.end <= section.end,
    );
    if (!titled) empty.add(section.blockId);
  }
  return empty;
}

function renderBlock(
  text: string,
  block: Block,
  figures: MarkedFigure[],
  riskByBlock: Map<string, ReaderRiskFactor>,
  filingSlug: string | undefined,
  level: number | undefined,
  history: ((blockId: string) => string) | undefined,
): string {
  const id = escapeHtml(block.id);
  switch (block.kind) {
    case "sectionHeading": {
      // Parts and Items are h2, a 20-F sub-item ("D. Risk Factors") h3.
      const tag = level === 3 ? "h3" : "h2";
      return `<${tag} id="${id}" class="${READER_CLASS.block} section-heading" data-level="${level ?? 2}">${blockText(text, block.start, block.end, figures, false)}</${tag}>`;
    }
    case "groupHeader":
      return `<h3 id="${id}" class="${READER_CLASS.block} group-header">${blockText(text, block.start, block.end, figures, false)}</h3>`;
    case "riskTitle": {
      const risk = riskByBlock.get(block.id);
      const style = risk
        ? ` data-category="${risk.category}" data-group="${risk.group}"${risk.overridden ? " data-overridden" : ""} style="--cat:${RISK_GROUP_COLOURS[risk.group]}"`
        : "";
      // The chip's tooltip names the group and says why (or who chose the category). For a
      // reader who may change it, the category menu makes it a button (the HTML is everyone's).
      const why = risk?.changeNote ?? (risk?.reason ? `Why: ${risk.reason}.` : "");
      const note = risk
        ? ` title="${escapeHtml(`${risk.groupLabel} › ${risk.categoryLabel}. ${why}`.trim())}"`
        : "";
      const chipBody = risk
        ? `<span class="sr-only">Category: ${escapeHtml(risk.groupLabel)}, </span>${escapeHtml(risk.categoryLabel)}` +
          `${risk.overridden ? '<span class="sr-only"> (set by an analyst)</span><span aria-hidden="true">*</span>' : ""}`
        : "";
      const chip = risk
        ? ` <span class="risk-chip is-static" ${CATEGORY_CHIP_ATTRIBUTE}="${id}"${note}>${chipBody}</span>`
        : "";
      return (
        `<h3 id="${id}" class="${READER_CLASS.block} ${READER_CLASS.riskTitle}"${style}>${blockText(text, block.start, block.end, figures, false)}${chip}` +
        `<a href="#${id}" data-copy-link class="copy-link" aria-label="Copy link to this risk factor">#</a>` +
        (history
          ? `<a href="${escapeHtml(history(block.id))}" class="copy-link" aria-label="history: this risk factor over the years">history</a>`
          : "") +
        `<button type="button" ${ANNOTATE_RISK_ATTRIBUTE} class="copy-link annotate-risk" aria-label="Annotate this risk factor">+ note</button></h3>`
      );
    }
    case "listItem":
      return `<li id="${id}" class="${READER_CLASS.block}">${blockText(text, block.start, block.end, figures, true)}</li>`;
    case "table":
      return renderTable(text, block, figures, filingSlug);
    case "preformatted":
      return `<pre id="${id}" class="${READER_CLASS.block} preformatted" tabindex="0">${blockText(text, block.start, block.end, figures, false)}</pre>`;
    default:
      return `<p id="${id}" class="${READER_CLASS.block}">${blockText(text, block.start, block.end, figures, false)}</p>`;
  }
}

const listMarker = /^(?:[-–•·*]|\(?[0-9a-z]{1,3}[.)])\s+/i;

/**
 * What a figure's hover and screen-reader description says, a line each: what the analysis
 * read, the inline XBRL fact tagged on it, and its check against the facts.
 */
function figureTip(figure: MarkedFigure): string {
  const read = figure.tagOnly
    ? null
    : figure.row !== undefined || figure.column !== undefined
      ? describeTableFigure(figure)
      : `${FIGURE_KIND_LABELS[figure.kind]}: ${describeFigureValue(figure)}`;
  const check = figure.check
    ? figure.check.status === "agrees"
      ? `Checked: ${figure.check.message}.`
      : `Check this figure: ${figure.check.message}.`
    : null;
  return [read, figure.fact && `Tagged: ${figure.fact}`, check].filter(Boolean).join("\n");
}

/** Text from start to end with its figures marked, inside the span that anchors offsets. */
function blockText(
  text: string,
  start: number,
  end: number,
  figures: MarkedFigure[],
  hangMarker: boolean,
): string {
  const parts: string[] = [];
  let cursor = start;
  // A list item's own bullet ("- ", "•") stays in the text but hangs in the margin.
  const marker = hangMarker ? listMarker.exec(text.slice(start, Math.min(end, start + 8))) : null;
  if (marker) {
    parts.push(`<span class="list-marker" aria-hidden="true">${escapeHtml(marker[0])}</span>`);
    cursor += marker[0].length;
  }
  for (const figure of figures) {
    if (figure.start < cursor || figure.end > end) continue;
    if (figure.start > cursor) parts.push(escapeHtml(text.slice(cursor, figure.start)));
    parts.push(
      `<data id="${figureId(figure.start)}" value="${escapeHtml(String(figure.value))}" class="${READER_CLASS.figure}" data-kind="${figure.kind}"` +
        (figure.fact ? " data-tagged" : "") +
        (figure.check ? ` data-check="${figure.check.status}"` : "") +
        " " +
        `aria-description="${escapeHtml(figureTip(figure))}" tabindex="-1">${escapeHtml(text.slice(figure.start, figure.end))}</data>`,
    );
    cursor = figure.end;
  }
  if (cursor < end) parts.push(escapeHtml(text.slice(cursor, end)));
  return `<span class="${READER_CLASS.blockText}" ${BLOCK_START_ATTRIBUTE}="${start}">${parts.join("")}</span>`;
}

/**
 * A data table: a real `<table>` (header rows in `<thead>`, row labels as row headers,
 * numbers right-aligned), scrolling sideways on narrow screens, with "Copy as TSV" and
 * "Download CSV". Each cell's text is its own offset anchor, so a selection inside the table
 * maps to the canonical text (rows by "\n", cells by "\t") like any other.
 */
function renderTable(
  text: string,
  block: Block,
  figures: MarkedFigure[],
  filingSlug: string | undefined,
): string {
  const id = escapeHtml(block.id);
  const rows = tableCellRanges(text, block);
  const headerRows = block.table?.headerRows ?? 0;
  let figureIndex = 0;
  const cellFigures = (start: number, end: number): MarkedFigure[] => {
    while (figureIndex < figures.length && figures[figureIndex]!.start < start) figureIndex++;
    const inside: MarkedFigure[] = [];
    while (figureIndex < figures.length && figures[figureIndex]!.end <= end)
      inside.push(figures[figureIndex++]!);
    return inside;
  };
  const numbersTable = rows.some((row) =>
    row.some((cell) => cell.column > 0 && isValueCell(text.slice(cell.start, cell.end))),
  );
  const renderRow = (row: (typeof rows)[number], header: boolean): string => {
    const label = row[0] ? text.slice(row[0].start, row[0].end) : "";
    const hasValues = row.some((cell) => cell.column > 0 && isValueCell(text.slice(cell.start, cell.end)));
    const rowClass = header
      ? ""
      : numbersTable && !hasValues && label !== ""
        ? ' class="group-row"'
        : /^total\b/i.test(label)
          ? ' class="total-row"'
          : "";
    const cells = row
      .filter((cell) => !cell.covered)
      .map((cell) => {
        const written = text.slice(cell.start, cell.end);
        const numeric = isValueCell(written) || /^[$€£¥]?\s?[—–-]+$/.test(written.trim());
        const tag = header || cell.column === 0 ? "th" : "td";
        const scope = header ? ' scope="col"' : cell.column === 0 ? ' scope="row"' : "";
        const spans =
          (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : "") +
          (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : "");
        const cls = numeric && cell.column > 0 ? ' class="num"' : "";
        const body =
          cell.end > cell.start
            ? blockText(text, cell.start, cell.end, cellFigures(cell.start, cell.end), false)
            : "";
        return `<${tag}${scope}${spans}${cls}>${body}</${tag}>`;
      })
      .join("");
    return `<tr${rowClass}>${cells}</tr>`;
  };
  const head = rows.slice(0, headerRows).map((row) => renderRow(row, true));
  const body = rows.slice(headerRows).map((row) => renderRow(row, false));
  const csv = filingSlug
    ? `<a class="table-tool" href="/filings/${escapeHtml(filingSlug)}/tables/${id}.csv" download>Download CSV</a>`
    : "";
  return (
    `<figure id="${id}" class="${READER_CLASS.block} table-block" data-rows="${rows.length}">` +
    `<div class="table-tools no-print"><button type="button" class="table-tool" data-copy-table>Copy as TSV</button>${csv}</div>` +
    `<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table class="filing-table">` +
    (head.length > 0 ? `<thead>${head.join("")}</thead>` : "") +
    `<tbody>${body.join("")}</tbody></table></div></figure>`
  );
}

/** Figures of each block (both sorted by offset: one merge pass). */
function assignFigures(blocks: Block[], figures: MarkedFigure[]): Map<string, MarkedFigure[]> {
  const byBlock = new Map<string, MarkedFigure[]>();
  let index = 0;
  for (const block of blocks) {
    while (index < figures.length && figures[index]!.start < block.start) index++;
    const inside: MarkedFigure[] = [];
    while (index < figures.length && figures[index]!.end <= block.end) inside.push(figures[index++]!);
    if (inside.length) byBlock.set(block.id, inside);
  }
  return byBlock;
}
