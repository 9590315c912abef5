/**
 * Types of a filing's analysis. Every offset is a UTF-16 index into the canonical text
 * (`FilingAnalysis.text`), half-open: `text.slice(start, end)`.
 */

/** What a block is, structurally. */
export type BlockKind = "sectionHeading" | "riskTitle" | "groupHeader" | "paragraph" | "listItem";

/** A structural unit of the canonical text, with a stable id usable in URLs. */
export interface Block {
  /** Stable across re-analysis of the same text; URL-safe (`[a-z0-9-]+`), unique per filing. */
  id: string;
  kind: BlockKind;
  start: number;
  end: number;
}

/** A section such as 20-F "D. Risk Factors" or 10-K "Item 1A. Risk Factors". */
export interface Section {
  /** "B", "C", "D" for 20-F sub-items; "1A", "7" for 10-K items. */
  label: string;
  /** The heading without its label and trailing period: "Risk Factors". */
  title: string;
  /** Heading start to the end of the section's last block. */
  start: number;
  end: number;
  /** Id of the heading block. */
  blockId: string;
}

/** Risk taxonomy; product.md lists the categories. */
export const RISK_CATEGORIES = [
  "macroeconomic",
  "competition",
  "investments-ma",
  "execution",
  "impairment-accounting",
  "talent",
  "network-infrastructure",
  "security-privacy",
  "growth-capacity",
  "technology-change",
  "key-person",
  "tax",
  "market-prices-holdings",
  "controlling-shareholder",
  "suppliers-dependence",
  "regulation",
  "litigation",
  "dilution-capital",
  "climate-environment",
  "catastrophe-pandemic",
  "other",
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** A risk factor: its title block and the body blocks up to the next title or section. */
export interface RiskFactor {
  /** The title block's id. */
  id: string;
  title: string;
  category: RiskCategory;
  /** The terms that matched, explaining the category. */
  categoryTerms: string[];
  /** Title start to the end of its last body block. */
  start: number;
  end: number;
  titleEnd: number;
}

export type FigureKind = "money" | "percent" | "date" | "shareCount" | "other";

/** A detected quantity with its normalized value. */
export interface Figure {
  kind: FigureKind;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  /** money: amount in units (5025000000); percent: fraction (0.294); date: ISO "2007-05",
   *  "2008-03-31" or a range "2007-07/2007-10"; shareCount: count. */
  value: number | string;
  /** ISO 4217 code for money ("JPY"), "ratio" for percent, "date" / "period" for dates, "shares". */
  unit: string;
  start: number;
  end: number;
}

/** Metadata detected from the document, editable by the user before saving. */
export interface DetectedMetadata {
  company?: string;
  form?: string;
  fiscalYear?: number;
}

/** The whole analysis of one filing. */
export interface FilingAnalysis {
  text: string;
  blocks: Block[];
  sections: Section[];
  riskFactors: RiskFactor[];
  figures: Figure[];
  metadata: DetectedMetadata;
}
