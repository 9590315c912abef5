import {
  RISK_CATEGORIES,
  riskGroupOf,
  type FigureKind,
  type RiskCategory,
  type RiskGroup,
} from "@/lib/filing/types";

/**
 * One colour per risk group (eight and grey), distinct side by side. Each keeps 3:1 contrast
 * against the light and the dark page (WCAG non-text contrast; tested), so one palette serves
 * both themes; the reader mixes it with the page colour for the title's background.
 */
export const RISK_GROUP_COLOURS: Record<RiskGroup, string> = {
  "market-macro": "#2563eb",
  "strategy-competition": "#dc2626",
  "operations-supply": "#ea580c",
  "technology-cyber": "#0891b2",
  "legal-regulatory": "#8b5cf6",
  "financial-capital": "#a16207",
  "people-governance": "#db2777",
  "esg-catastrophe": "#16a34a",
  other: "#78716c",
};

/** Each category in its group's colour. */
export const RISK_CATEGORY_COLOURS = Object.fromEntries(
  RISK_CATEGORIES.map((category) => [category, RISK_GROUP_COLOURS[riskGroupOf(category)]]),
) as Record<RiskCategory, string>;

export const FIGURE_KIND_LABELS: Record<FigureKind, string> = {
  money: "Money",
  percent: "Percentage",
  date: "Date or period",
  shareCount: "Share count",
  other: "Other quantity",
};
