/**
 * analyzeFiling: the filing-analysis engine. Imports the content (plain text, EDGAR HTML or a
 * full submission), drops page furniture, finds sections, risk factors and figures, and lays
 * everything out on one canonical text that every offset indexes.
 */
import { assembleCanonicalText } from "./canonical";
import { FilingReadError } from "./errors";
import { findFigures } from "./figures";
import { removePageFurniture } from "./furniture";
import { BlockIdAllocator } from "./ids";
import { importFiling, type FilingInput } from "./import";
import { detectMetadata } from "./metadata";
import { categorizeRisk } from "./risk-taxonomy";
import { analyzeStructure } from "./structure";
import { hasReadableText } from "./text-cues";
import type { Block, FilingAnalysis, RiskFactor, Section } from "./types";

export type { FilingInput } from "./import";

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

  const structured = analyzeStructure(sourceBlocks);
  const { text, ranges } = assembleCanonicalText(structured.map((b) => b.text));

  const ids = new BlockIdAllocator();
  const blocks: Block[] = [];
  const sections: Section[] = [];
  const riskFactors: RiskFactor[] = [];
  let section: Section | undefined;
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
      id = ids.section(b.section.label, b.section.title);
      section = {
        label: b.section.label,
        title: b.section.title,
        start: range.start,
        end: range.end,
        blockId: id,
      };
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
    blocks.push({ id, kind: b.kind, start: range.start, end: range.end });
  });
  closeRisk();

  const metadata = detectMetadata({
    text,
    fileName: input.fileName,
    submissionHeader: imported.submissionHeader,
    htmlTitle: imported.htmlTitle,
    coverFacts: imported.coverFacts,
  });
  return { text, blocks, sections, riskFactors, figures: findFigures(text), metadata };
}
