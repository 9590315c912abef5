import type { Figure } from "./types";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 4 });

/**
 * A figure's normalized value as a reader sees it: "JPY 5,025,000,000", "29.4% (0.294)",
 * "2007-05", "2,178 shares".
 */
export function describeFigureValue(figure: Pick<Figure, "kind" | "value" | "unit">): string {
  const { kind, value, unit } = figure;
  if (typeof value === "string") return value;
  switch (kind) {
    case "money":
      return `${unit} ${integer.format(value)}`;
    case "percent":
      return `${percent.format(value)} (${value})`;
    case "shareCount":
      return `${integer.format(value)} shares`;
    default:
      return unit ? `${integer.format(value)} ${unit}` : integer.format(value);
  }
}
