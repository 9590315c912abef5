/** The benchmark's one table (printed) and its JSON twin (written under .bench/). */
import fs from "node:fs";
import path from "node:path";

/** A limit a figure must stay under; compared against the row's p50 (or its single figure). */
export interface Budget {
  op: "<" | "<=";
  limit: number;
}

type Status = "ok" | "over" | "-" | "error";

/** One measurement. `p95` holds the row's tail figure (the name says when it is not p95). */
export interface Row {
  name: string;
  p50: number | null;
  p95: number | null;
  mean: number | null;
  unit: "ms" | "req/s" | "KB" | "MB" | "x" | "count";
  budget: Budget | null;
  /** Which figure the budget judges: p50 (default) or the tail (`p95` field). */
  budgetOn?: "p50" | "tail";
  status: Status;
  note?: string;
}

/** Builds a row and judges it against its budget (no budget: "-"; no figure: "error"). */
export function row(
  fields: Omit<Row, "status" | "p95" | "mean" | "budget"> & Partial<Pick<Row, "p95" | "mean" | "budget">>,
): Row {
  const { p50, budget = null } = fields;
  const judged = fields.budgetOn === "tail" ? (fields.p95 ?? null) : p50;
  let status: Status = "-";
  if (p50 === null || !Number.isFinite(p50) || judged === null) status = "error";
  else if (budget)
    status = (budget.op === "<" ? judged < budget.limit : judged <= budget.limit) ? "ok" : "over";
  return { p95: null, mean: null, ...fields, budget, status };
}

/** A row for a measurement that failed, so the table still shows it. */
export function errorRow(name: string, unit: Row["unit"], error: unknown, budget: Budget | null = null): Row {
  const note = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return { name, p50: null, p95: null, mean: null, unit, budget, status: "error", note };
}

function formatNumber(value: number | null, unit: Row["unit"]): string {
  if (value === null || !Number.isFinite(value)) return "";
  if (unit === "x") return value.toFixed(2);
  if (unit === "KB") return value.toFixed(1);
  if (unit === "req/s" || unit === "count" || unit === "MB") return value.toFixed(0);
  return value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** The rows as one aligned markdown table (numbers right-aligned), with notes under it. */
export function formatTable(rows: readonly Row[]): string {
  const header = ["measurement", "p50", "p95/tail", "mean", "unit", "budget", "status"];
  const cells = rows.map((r) => [
    r.name,
    formatNumber(r.p50, r.unit),
    formatNumber(r.p95, r.unit),
    formatNumber(r.mean, r.unit),
    r.unit,
    r.budget ? `${r.budget.op} ${formatNumber(r.budget.limit, r.unit)}` : "",
    r.status,
  ]);
  const right = [false, true, true, true, false, false, false];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const format = (line: string[]) =>
    `| ${line.map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((width, i) => (right[i] ? `${"-".repeat(width + 1)}:` : `${"-".repeat(width + 2)}`)).join("|")}|`;
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.name}: ${r.note}`);
  return [format(header), rule, ...cells.map(format), ...(notes.length ? ["", ...notes] : [])].join("\n");
}

/**
 * Writes the results as JSON to .bench/results-<stamp>.json and .bench/latest.json.
 * @returns the path of the timestamped file
 */
export function writeResults(benchDir: string, stamp: string, results: object): string {
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const file = path.join(benchDir, `results-${stamp}.json`);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(benchDir, "latest.json"), json);
  return file;
}
