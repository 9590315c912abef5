/**
 * analyzeFiling: the filing-analysis engine. Imports the content (plain text, EDGAR HTML or a
 * full submission), drops page furniture, finds sections, risk factors and figures, and lays
 * everything out on one canonical text that every offset indexes.
 */
import { assembleCanonicalText } from "./canonical";
import { FilingReadError } from "./errors";
import { detectDollarCurrency, findFigures } from "./figures";
import { removePageFurniture } from "./furniture";
import { BlockIdAllocator } from "./ids";
import { importFiling, type FilingInput } from "./import";
import { detectMetadata } from "./metadata";
import { categorizeRisk } from "./risk-taxonomy";
import { analyzeStructure } from "./structure";
import { hasReadableText } from "./text-cues";
import { FILING_LIMITS, limitMessage } from "./limits";
import type { SourceBlock } from "./source-block";
import { readScale, tableFigures } from "./table-figures";
import type { Block, Figure, FilingAnalysis, RiskFactor, Section } from "./types";

export type { FilingInput } from "./import";

/** Refuses a filing past its blocks, tables or table cells limits (before the costly passes). */
function checkLimits(blocks: readonly SourceBlock[]): void {
  if (blocks.length > FILING_LIMITS.blocks) throw new FilingReadError("too-large", limitMessage("blocks"));
  let tables = 0;
  let cells = 0;
  for (const block of blocks) {
    if (block.tableLayout === undefined) continue;
    tables++;
    cells += block.tableLayout.columns * block.text.split("\n").length;
  }
  if (tables > FILING_LIMITS.tables) throw new FilingReadError("too-large", limitMessage("tables"));
  if (cells > FILING_LIMITS.tableCells) throw new FilingReadError("too-large", limitMessage("tableCells"));
}

/** Paragraphs just above a table, where its scale line usually is, up to this length. */
const CAPTION_CHARACTERS = 400;

/**
 * The figures of a filing: written figures found in its prose and preformatted text (scaled
 * by a preformatted table's scale line), and every number of its data tables.
 */
function filingFigures(text: string, blocks: readonly Block[]): Figure[] {
  // Tables' numbers are read cell by cell below: the patterns skip them (blanked, offsets kept),
  // so they neither count twice towards the cap nor cost a second scan.
  let prose = "";
  let from = 0;
  for (const block of blocks)
    if (block.kind === "table") {
      prose += text.slice(from, block.start) + " ".repeat(block.end - block.start);
      from = block.end;
    }
  prose += text.slice(from);
  const dollar = detectDollarCurrency(text);
  const written = findFigures(prose, { limit: FILING_LIMITS.figures, dollar });
  const figures: Figure[] = [];
  let next = 0;
  blocks.forEach((block, index) => {
    // Figures found by the patterns inside this block (both lists are sorted by offset).
    while (next < written.length && written[next]!.end <= block.start) next++;
    const inside: Figure[] = [];
    while (next < written.length && written[next]!.start < block.end) inside.push(written[next++]!);
    if (block.kind === "table") {
      for (const figure of tableFigures(text, block, captionBefore(text, blocks, index), dollar))
        figures.push(figure);
      if (figures.length > FILING_LIMITS.figures)
        throw new FilingReadError("too-large", limitMessage("figures"));
      return;
    }
    if (block.kind === "preformatted") {
      const scale =
        readScale(text.slice(block.start, Math.min(block.end, block.start + 600)), dollar) ??
        readScale(captionBefore(text, blocks, index), dollar);
      for (const figure of inside)
        figures.push(scale === undefined ? figure : scaled(figure, scale.exponent));
      return;
    }
    for (const figure of inside) figures.push(figure);
  });
  if (figures.length > FILING_LIMITS.figures) throw new FilingReadError("too-large", limitMessage("figures"));
  return figures;
}

/** The short paragraphs right above a block (a table's title and scale line). */
function captionBefore(text: string, blocks: readonly Block[], index: number): string {
  const parts: string[] = [];
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    const block = blocks[k];
    if (block === undefined || block.kind === "table" || block.kind === "sectionHeading") break;
    if (block.end - block.start > CAPTION_CHARACTERS) break;
    parts.unshift(text.slice(block.start, block.end));
  }
  return parts.join(" ");
}

/** A written money or other figure without its own scale word, scaled by a table's scale line. */
function scaled(figure: Figure, exponent: number): Figure {
  if (exponent === 0 || typeof figure.value !== "number") return figure;
  if (figure.kind !== "money" && figure.kind !== "other") return figure;
  if (/(?:thousand|million|billion|trillion|mn|bn)\b|\d[MBK]$/i.test(figure.text)) return figure;
  return { ...figure, value: figure.value * 10 ** exponent };
}

/**
 * Analyses one filing.
 *
 * @param input the file's text (`content`), and optionally its `fileName` and `contentType`,
 *   which decide between plain text and HTML before sniffing does and hint at metadata.
 * @returns the canonical text with its blocks, sections, risk factors (with categories),
 *   figures (with normalized values) and detected metadata. Offsets are UTF-16 indexes into
 *   `text`, half-open.
 * @throws FilingReadError when the content is empty, binary, or has no readable text.
 */
export function analyzeFiling(input: FilingInput): FilingAnalysis {
  const imported = importFiling(input);
  const sourceBlocks = removePageFurniture(imported.blocks).filter((b) => hasReadableText(b.text));
  if (sourceBlocks.length === 0) throw new FilingReadError("no-text");

  checkLimits(sourceBlocks);
  const structured = analyzeStructure(sourceBlocks);
  const { text, ranges } = assembleCanonicalText(structured.map((b) => b.text));

  const ids = new BlockIdAllocator();
  const blocks: Block[] = [];
  const sections: Section[] = [];
  const riskFactors: RiskFactor[] = [];
  let section: Section | undefined;
  /** The Item a 20-F sub-item letter belongs to ("3" for "D. Risk Factors" under Item 3). */
  let item: string | undefined;
  let risk: RiskFactor | undefined;
  let riskBodyStart = 0;

  const closeRisk = (): void => {
    if (risk === undefined) return;
    const { category, terms } = categorizeRisk(risk.title, text.slice(riskBodyStart, risk.end));
    risk.category = category;
    risk.categoryTerms = terms;
    risk = undefined;
  };

  structured.forEach((b, index) => {
    const range = ranges[index] ?? { start: 0, end: 0 };
    let id: string;
    if (b.kind === "sectionHeading" && b.section !== undefined) {
      closeRisk();
      const { label, title, level } = b.section;
      if (level === 1) item = undefined;
      else if (level === 2) item = label === "" ? undefined : label;
      id = ids.section(level === 3 && item !== undefined && label !== "" ? `${item}-${label}` : label, title);
      section = { label, title, level, start: range.start, end: range.end, blockId: id };
      sections.push(section);
    } else if (b.kind === "riskTitle") {
      closeRisk();
      id = ids.risk(riskFactors.length + 1, b.text);
      risk = {
        id,
        title: b.text,
        category: "other",
        categoryTerms: [],
        start: range.start,
        end: range.end,
        titleEnd: range.end,
      };
      riskFactors.push(risk);
      riskBodyStart = range.end;
    } else {
      if (b.kind === "groupHeader") closeRisk();
      id = ids.block(index + 1);
      if (risk !== undefined) risk.end = range.end;
    }
    if (section !== undefined) section.end = range.end;
    blocks.push(
      b.table !== undefined
        ? { id, kind: b.kind, start: range.start, end: range.end, table: b.table }
        : { id, kind: b.kind, start: range.start, end: range.end },
    );
  });
  closeRisk();

  const metadata = detectMetadata({
    text,
    fileName: input.fileName,
    submissionHeader: imported.submissionHeader,
    htmlTitle: imported.htmlTitle,
    coverFacts: imported.coverFacts,
  });
  return { text, blocks, sections, riskFactors, figures: filingFigures(text, blocks), metadata };
}
