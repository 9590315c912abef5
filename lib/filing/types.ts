/**
 * Types of a filing's analysis. Every offset is a UTF-16 index into the canonical text
 * (`FilingAnalysis.text`), half-open: `text.slice(start, end)`.
 */

/** What a block is, structurally. */
export type BlockKind =
  | "sectionHeading"
  | "riskTitle"
  | "groupHeader"
  | "paragraph"
  | "listItem"
  /** A data table: rows joined by "\n", cells by "\t" (a rectangular TSV), laid out by `table`. */
  | "table"
  /** Fixed-width text kept line for line (a plain-text filing's table): shown in monospace. */
  | "preformatted";

/**
 * How a table block's text lays out as a grid. The text is rectangular: every row has
 * `columns` cells separated by "\t"; a cell spanning several columns or rows holds the text
 * and the cells it covers are empty.
 */
export interface TableLayout {
  columns: number;
  /** Leading rows that head the columns. */
  headerRows: number;
  /** Cells spanning more than one column or row: [row, column, colSpan, rowSpan]. */
  spans: [number, number, number, number][];
}

/** A structural unit of the canonical text, with a stable id usable in URLs. */
export interface Block {
  /** Stable across re-analysis of the same text; URL-safe (`[a-z0-9-]+`), unique per filing. */
  id: string;
  kind: BlockKind;
  start: number;
  end: number;
  /** Tables only: the grid of the block's text. */
  table?: TableLayout;
}

/** A section such as 20-F "D. Risk Factors" or 10-K "Item 1A. Risk Factors". */
export interface Section {
  /** "B", "C", "D" for 20-F sub-items; "1A", "7" for 10-K items; "Part II" for parts. */
  label: string;
  /** Depth in the outline: 1 a Part, 2 an Item, 3 a 20-F sub-item ("D. Risk Factors"). */
  level?: 1 | 2 | 3;
  /** The heading without its label and trailing period: "Risk Factors". */
  title: string;
  /** Heading start to the end of the section's last block. */
  start: number;
  end: number;
  /** Id of the heading block. */
  blockId: string;
}

/**
 * Risk taxonomy, two levels: eight groups an analyst sorts risks into (the reader colours by
 * group), each holding finer categories (shown as a label). product.md lists them.
 */
export const RISK_GROUPS = [
  "market-macro",
  "strategy-competition",
  "operations-supply",
  "technology-cyber",
  "legal-regulatory",
  "financial-capital",
  "people-governance",
  "esg-catastrophe",
  "other",
] as const;
export type RiskGroup = (typeof RISK_GROUPS)[number];

/** The finer categories of each group, in the order menus list them. */
export const RISK_CATEGORIES_BY_GROUP = {
  "market-macro": ["macroeconomic", "international", "market-prices-holdings"],
  "strategy-competition": [
    "competition",
    "execution",
    "investments-ma",
    "growth-capacity",
    "product-development",
    "reputation-brand",
  ],
  "operations-supply": ["suppliers-dependence", "customers", "operations"],
  "technology-cyber": ["security-privacy", "network-infrastructure", "technology-change"],
  "legal-regulatory": ["regulation", "litigation", "tax", "intellectual-property"],
  "financial-capital": ["dilution-capital", "impairment-accounting", "share-price", "losses-profitability"],
  "people-governance": ["talent", "key-person", "controlling-shareholder", "governance"],
  "esg-catastrophe": ["climate-environment", "catastrophe-pandemic"],
  other: ["other"],
} as const satisfies Record<RiskGroup, readonly string[]>;

export type RiskCategory = (typeof RISK_CATEGORIES_BY_GROUP)[RiskGroup][number];

/** Every finer category, group by group. */
export const RISK_CATEGORIES: readonly RiskCategory[] = RISK_GROUPS.flatMap(
  (group) => RISK_CATEGORIES_BY_GROUP[group] as readonly RiskCategory[],
);

const GROUP_OF = new Map<RiskCategory, RiskGroup>(
  RISK_GROUPS.flatMap((group) =>
    (RISK_CATEGORIES_BY_GROUP[group] as readonly RiskCategory[]).map(
      (category) => [category, group] as const,
    ),
  ),
);

/** Is this stored string one of today's categories (older analyses may hold others)? */
export function isRiskCategory(value: string): value is RiskCategory {
  return GROUP_OF.has(value as RiskCategory);
}

/** The group a finer category belongs to. */
export function riskGroupOf(category: RiskCategory): RiskGroup {
  return GROUP_OF.get(category) ?? "other";
}

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
  /** A number in a data table: its row's label ("Total assets"). */
  row?: string;
  /** A number in a data table: its column's headers ("Year Ended December 31, 2024"). */
  column?: string;
}

/** Metadata detected from the document, editable by the user before saving. */
export interface DetectedMetadata {
  company?: string;
  form?: string;
  fiscalYear?: number;
  /** SEC Central Index Key, ten digits ("0001065280"). */
  cik?: string;
  /** Trading symbols ("NFLX"), upper case. */
  tickers?: string[];
  /** Period of report (the fiscal year's end for an annual report), ISO "2024-12-31". */
  periodOfReport?: string;
  /** Date filed, ISO "2025-01-27" (only an EDGAR submission header says so). */
  filingDate?: string;
  /** EDGAR accession number, "0001065280-25-000044". */
  accessionNumber?: string;
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
