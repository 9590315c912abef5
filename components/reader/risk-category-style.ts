import type { FigureKind, RiskCategory } from "@/lib/filing/types";

/**
 * One hue per risk category, chosen to stay distinguishable side by side; the reader
 * mixes them with the page colour so they work in light and dark themes alike.
 */
export const RISK_CATEGORY_COLOURS: Record<RiskCategory, string> = {
  macroeconomic: "#2563eb",
  competition: "#dc2626",
  "investments-ma": "#7c3aed",
  execution: "#ea580c",
  "impairment-accounting": "#a16207",
  talent: "#db2777",
  "network-infrastructure": "#0891b2",
  "security-privacy": "#4f46e5",
  "growth-capacity": "#16a34a",
  "technology-change": "#0d9488",
  "key-person": "#c026d3",
  tax: "#65a30d",
  "market-prices-holdings": "#0284c7",
  "controlling-shareholder": "#9333ea",
  "suppliers-dependence": "#d97706",
  regulation: "#475569",
  litigation: "#b91c1c",
  "dilution-capital": "#059669",
  "climate-environment": "#15803d",
  "catastrophe-pandemic": "#be123c",
  other: "#78716c",
};

export const FIGURE_KIND_LABELS: Record<FigureKind, string> = {
  money: "Money",
  percent: "Percentage",
  date: "Date or period",
  shareCount: "Share count",
  other: "Other quantity",
};
