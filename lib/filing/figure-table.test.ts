import { describe, expect, it } from "vitest";
import { figureRows, queryFigureRows } from "./figure-table";
import type { Figure } from "./types";

const figures: Figure[] = [
  { kind: "date", text: "May 2007", value: "2007-05", unit: "date", start: 5, end: 13 },
  { kind: "money", text: "¥5,025 million", value: 5_025_000_000, unit: "JPY", start: 40, end: 54 },
  { kind: "percent", text: "29.4%", value: 0.294, unit: "ratio", start: 120, end: 125 },
  { kind: "money", text: "¥300 million", value: 300_000_000, unit: "JPY", start: 130, end: 142 },
];
const risks = [
  { id: "risk-1", title: "Our investments may fail.", start: 30, end: 100 },
  { id: "risk-2", title: "Our network may fail.", start: 100, end: 200 },
];

describe("figure table", () => {
  it("places each figure in the risk factor that contains it", () => {
    const rows = figureRows(figures, risks);
    expect(rows.map((row) => row.riskFactorId)).toEqual([null, "risk-1", "risk-2", "risk-2"]);
  });

  it("filters by kind and by text", () => {
    const rows = figureRows(figures, risks);
    expect(queryFigureRows(rows, { kind: "money" }).map((row) => row.text)).toEqual([
      "¥5,025 million",
      "¥300 million",
    ]);
    expect(queryFigureRows(rows, { search: "network" }).map((row) => row.text)).toEqual([
      "29.4%",
      "¥300 million",
    ]);
  });

  it("sorts by value with numbers first, both ways", () => {
    const rows = figureRows(figures, risks);
    expect(queryFigureRows(rows, { sort: "value" }).map((row) => row.text)).toEqual([
      "29.4%",
      "¥300 million",
      "¥5,025 million",
      "May 2007",
    ]);
    expect(queryFigureRows(rows, { sort: "value", descending: true }).at(0)?.text).toBe("May 2007");
  });

  it("keeps reading order by default, reverses it on request, and sorts rows out of order", () => {
    const rows = figureRows(figures, risks);
    expect(queryFigureRows(rows, {}).map((row) => row.start)).toEqual([5, 40, 120, 130]);
    expect(queryFigureRows(rows, { descending: true }).map((row) => row.start)).toEqual([130, 120, 40, 5]);
    const shuffled = [rows[2]!, rows[0]!, rows[3]!, rows[1]!];
    expect(queryFigureRows(shuffled, { sort: "position" }).map((row) => row.start)).toEqual([
      5, 40, 120, 130,
    ]);
    // The cached rows themselves are never reordered.
    expect(rows.map((row) => row.start)).toEqual([5, 40, 120, 130]);
  });

  it("sorts by text and by kind with one collator", () => {
    const rows = figureRows(figures, risks);
    expect(queryFigureRows(rows, { sort: "text" }).map((row) => row.text)).toEqual([
      "¥300 million",
      "¥5,025 million",
      "29.4%",
      "May 2007",
    ]);
    expect(queryFigureRows(rows, { sort: "kind" }).map((row) => row.kind)).toEqual([
      "date",
      "money",
      "money",
      "percent",
    ]);
  });
});
