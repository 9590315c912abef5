/**
 * The contract between the filing's server-rendered HTML (components/reader/filing-html.ts)
 * and the islands that work on it (highlights, selections, figures' tips and keys, the
 * category menu): the class names and attributes both sides use, named once.
 */

/** Class names the HTML carries. */
export const READER_CLASS = {
  /** The filing text's root element. */
  filingText: "filing-text",
  /** Every block (paragraph, heading, list item, table) — what a jump or a flash targets. */
  block: "reader-block",
  /** A run of a block's text, holding nothing but text and figures, with `data-start`. */
  blockText: "block-text",
  /** A risk factor's title block. */
  riskTitle: "risk-title",
  /** A figure (`<data>`): its id is figureId(start), its description `aria-description`. */
  figure: "figure",
} as const;

/** The attribute on a block-text run holding its start offset in the canonical text. */
export const BLOCK_START_ATTRIBUTE = "data-start";

/** The attribute on a risk title's "+ note" button. */
export const ANNOTATE_RISK_ATTRIBUTE = "data-annotate-risk";

/** The attribute on a risk factor's category chip, naming its title block. */
export const CATEGORY_CHIP_ATTRIBUTE = "data-risk-category";

/** The attribute of the layer along the article's edge where notes' markers are drawn. */
export const NOTE_MARKERS_ATTRIBUTE = "data-note-markers";

/** CSS selectors for the islands' queries. */
export const READER_SELECTOR = {
  filingText: `.${READER_CLASS.filingText}`,
  block: `.${READER_CLASS.block}`,
  blockText: `.${READER_CLASS.blockText}`,
  riskTitle: `.${READER_CLASS.riskTitle}`,
  figure: `.${READER_CLASS.figure}`,
  annotateRisk: `[${ANNOTATE_RISK_ATTRIBUTE}]`,
  categoryChip: `[${CATEGORY_CHIP_ATTRIBUTE}]`,
  /** The reader page's article (the text and its header). */
  article: "[data-reader-article]",
} as const;

const FIGURE_ID_PREFIX = "f-";

/** A figure's element id: its start offset, so a link or a key can name it. */
export function figureId(start: number): string {
  return `${FIGURE_ID_PREFIX}${start}`;
}

/** The start offset a figure's element id names, or null for any other id. */
export function figureStartOf(id: string): number | null {
  if (!id.startsWith(FIGURE_ID_PREFIX)) return null;
  const start = Number(id.slice(FIGURE_ID_PREFIX.length));
  return Number.isInteger(start) && start >= 0 ? start : null;
}
