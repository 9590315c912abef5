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

const SCALE_WORDS: [number, string][] = [
  [1e9, "billion"],
  [1e6, "million"],
  [1e3, "thousand"],
];

/**
 * A table figure as a reader wants it on hover: row, column and the amount as printed with
 * the table's scale — "Total assets · Jan 26, 2025 · $111,601 million".
 */
export function describeTableFigure(
  figure: Pick<Figure, "kind" | "value" | "text" | "row" | "column">,
): string {
  let amount = figure.text;
  const printed = Number(/\d[\d,]*(?:\.\d+)?/.exec(figure.text)?.[0]?.replace(/,/g, "") ?? NaN);
  if (typeof figure.value === "number" && printed > 0 && figure.kind !== "percent") {
    const ratio = Math.abs(figure.value) / printed;
    const scale = SCALE_WORDS.find(([factor]) => Math.abs(ratio / factor - 1) < 1e-9);
    if (scale !== undefined) amount = `${figure.text} ${scale[1]}`;
  }
  return [figure.row, figure.column, amount].filter((part) => part !== undefined && part !== "").join(" · ");
}
