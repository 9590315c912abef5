import type { TableLayout } from "./types";

/**
 * The common currency between the importers (plain text, HTML) and the structure analysis: one
 * block of readable text in document order, with the layout cues the importer could see.
 */
export interface SourceBlock {
  /** Normalized text: single spaces, no leading/trailing space. Data tables keep "\n" rows. */
  text: string;
  /**
   * Emphasis (bold, italic or underline) of the text: "all" when every word is emphasized,
   * a number when only a leading run is (the offset where it ends), "none" otherwise.
   */
  emphasis: "all" | "none" | number;
  /** Centred on the page (align="center", text-align:center, or centred in fixed-width text). */
  centered: boolean;
  /** 1–6 for <h1>–<h6>. */
  headingLevel?: number;
  /** A bullet or numbered item (HTML <li>, a bullet cell, or a marker at the start). */
  listItem: boolean;
  /** The whole text is a link to an anchor in the same document (navigation, TOC). */
  internalLink: boolean;
  /** A page break separates this block from the previous one. */
  pageBreakBefore: boolean;
  /** A multi-column data table, rows joined by "\n". Never a heading or a title. */
  table: boolean;
  /** Data tables: the grid of the text (rows by "\n", cells by "\t"). */
  tableLayout?: TableLayout;
  /** Fixed-width lines kept as they are (a plain-text filing's table). */
  preformatted?: boolean;
}

/** A SourceBlock with defaults for every cue but the text. */
export function sourceBlock(text: string, cues: Partial<SourceBlock> = {}): SourceBlock {
  return {
    text,
    emphasis: "none",
    centered: false,
    listItem: false,
    internalLink: false,
    pageBreakBefore: false,
    table: false,
    ...cues,
  };
}
