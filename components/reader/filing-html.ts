import { describeFigureValue } from "@/lib/filing/describe-figure";
import type { Block, Figure, RiskCategory } from "@/lib/filing/types";
import { FIGURE_KIND_LABELS, RISK_CATEGORY_COLOURS } from "./risk-category-style";

/** What the reader needs of a risk factor: where its title is and its category (override wins). */
export interface ReaderRiskFactor {
  blockId: string;
  title: string;
  category: RiskCategory;
  categoryLabel: string;
  /** True when an analyst chose the category (it wins over the detected one). */
  overridden?: boolean;
}

export interface FilingHtmlInput {
  text: string;
  blocks: Block[];
  figures: Figure[];
  riskFactors: ReaderRiskFactor[];
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Escapes text for HTML content and attribute values: filing text is never markup. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => escapes[char]!);
}

/**
 * A filing's text as one HTML string, block by block. Built as a string rather than React
 * elements: a 500 KB filing has tens of thousands of nodes, and a string renders in
 * milliseconds and travels once in the page's payload instead of as an element tree.
 *
 * Each block's text sits in `<span class="block-text" data-start=N>` holding nothing but the
 * text and figure marks (`<data>`), so a DOM selection maps back to canonical offsets exactly;
 * chips and links sit outside it.
 */
export function renderFilingHtml({ text, blocks, figures, riskFactors }: FilingHtmlInput): string {
  const riskByBlock = new Map(riskFactors.map((risk) => [risk.blockId, risk]));
  const figuresByBlock = assignFigures(blocks, figures);
  // Each section is its own <section>, so `content-visibility: auto` lets the browser skip
  // laying out those far off screen on long filings; the text stays in the DOM for find.
  const out: string[] = ['<section class="filing-section">'];
  let inList = false;
  for (const [index, block] of blocks.entries()) {
    const isItem = block.kind === "listItem";
    if (!isItem && inList) out.push("</ul>");
    if (block.kind === "sectionHeading" && index > 0) out.push('</section><section class="filing-section">');
    if (isItem && !inList) out.push('<ul class="reader-list">');
    inList = isItem;
    const body = blockText(text, block, figuresByBlock.get(block.id), isItem);
    const id = escapeHtml(block.id);
    switch (block.kind) {
      case "sectionHeading":
        out.push(`<h2 id="${id}" class="reader-block section-heading">${body}</h2>`);
        break;
      case "groupHeader":
        out.push(`<h3 id="${id}" class="reader-block group-header">${body}</h3>`);
        break;
      case "riskTitle": {
        const risk = riskByBlock.get(block.id);
        const style = risk
          ? ` data-category="${risk.category}"${risk.overridden ? " data-overridden" : ""} style="--cat:${RISK_CATEGORY_COLOURS[risk.category]}"`
          : "";
        // The chip is a button: the reader's controls open the category menu from it.
        const chip = risk
          ? ` <button type="button" class="risk-chip" data-risk-category="${id}" aria-haspopup="dialog">` +
            `<span class="sr-only">Category: </span>${escapeHtml(risk.categoryLabel)}` +
            `${risk.overridden ? '<span class="sr-only"> (set by an analyst)</span><span aria-hidden="true">*</span>' : ""}</button>`
          : "";
        out.push(
          `<h3 id="${id}" class="reader-block risk-title"${style}>${body}${chip}` +
            `<a href="#${id}" data-copy-link class="copy-link" aria-label="Copy link to this risk factor">#</a>` +
            `<button type="button" data-annotate-risk class="copy-link annotate-risk" aria-label="Annotate this risk factor">+ note</button></h3>`,
        );
        break;
      }
      case "listItem":
        out.push(`<li id="${id}" class="reader-block">${body}</li>`);
        break;
      default:
        out.push(`<p id="${id}" class="reader-block">${body}</p>`);
    }
  }
  if (inList) out.push("</ul>");
  out.push("</section>");
  return out.join("");
}

const listMarker = /^(?:[-–•·*]|\(?[0-9a-z]{1,3}[.)])\s+/i;

/** The block's text with its figures marked, inside the span that anchors offsets. */
function blockText(text: string, block: Block, figures: Figure[] | undefined, hangMarker: boolean): string {
  const parts: string[] = [];
  let cursor = block.start;
  // A list item's own bullet ("- ", "•") stays in the text but hangs in the margin.
  const marker = hangMarker
    ? listMarker.exec(text.slice(block.start, Math.min(block.end, block.start + 8)))
    : null;
  if (marker) {
    parts.push(`<span class="list-marker" aria-hidden="true">${escapeHtml(marker[0])}</span>`);
    cursor += marker[0].length;
  }
  for (const figure of figures ?? []) {
    if (figure.start < cursor) continue;
    if (figure.start > cursor) parts.push(escapeHtml(text.slice(cursor, figure.start)));
    const tip = escapeHtml(`${FIGURE_KIND_LABELS[figure.kind]}: ${describeFigureValue(figure)}`);
    parts.push(
      `<data id="f-${figure.start}" value="${escapeHtml(String(figure.value))}" class="figure" data-kind="${figure.kind}" ` +
        `aria-description="${tip}" tabindex="0">${escapeHtml(text.slice(figure.start, figure.end))}</data>`,
    );
    cursor = figure.end;
  }
  if (cursor < block.end) parts.push(escapeHtml(text.slice(cursor, block.end)));
  return `<span class="block-text" data-start="${block.start}">${parts.join("")}</span>`;
}

/** Figures of each block (both sorted by offset: one merge pass). */
function assignFigures(blocks: Block[], figures: Figure[]): Map<string, Figure[]> {
  const byBlock = new Map<string, Figure[]>();
  let index = 0;
  for (const block of blocks) {
    while (index < figures.length && figures[index]!.start < block.start) index++;
    const inside: Figure[] = [];
    while (index < figures.length && figures[index]!.end <= block.end) inside.push(figures[index++]!);
    if (inside.length) byBlock.set(block.id, inside);
  }
  return byBlock;
}
