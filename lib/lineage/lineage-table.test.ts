import { describe, expect, it } from "vitest";
import { lineageCellId, lineageTable, type CompanyLineage, type LineageAppearance } from "./lineage-table";

const reports = [{ slug: "co-2022" }, { slug: "co-2023" }, { slug: "co-2024" }];
const seen = (
  slug: string,
  riskFactor: number,
  status: LineageAppearance["status"],
  title = `Risk ${riskFactor}`,
) => ({
  slug,
  year: slug.slice(3),
  riskFactor,
  title,
  blockId: `risk-${riskFactor}`,
  status,
});
const lineage = (id: string, appearances: LineageAppearance[], timesChanged = 0): CompanyLineage => ({
  id,
  firstSeen: appearances[0]!.year,
  lastSeen: appearances.at(-1)!.year,
  timesChanged,
  splitFrom: null,
  mergedInto: null,
  appearances,
});

const lineages = [
  lineage("gone-early", [seen("co-2022", 0, "first")]),
  lineage("kept", [
    seen("co-2022", 1, "first"),
    seen("co-2023", 0, "unchanged"),
    seen("co-2024", 1, "unchanged"),
  ]),
  lineage(
    "reworded",
    [
      seen("co-2022", 2, "first", "Old title"),
      seen("co-2023", 1, "changed"),
      seen("co-2024", 0, "changed", "New title"),
    ],
    2,
  ),
  lineage("gone-late", [seen("co-2022", 3, "first"), seen("co-2023", 2, "unchanged")]),
  lineage("new", [seen("co-2024", 2, "first")]),
];

describe("lineageTable", () => {
  it("puts the latest report's risk factors first in its order, then the gone, most recently seen first", () => {
    const { rows, summary } = lineageTable(reports, lineages);
    expect(rows.map((row) => row.id)).toEqual(["reworded", "kept", "new", "gone-late", "gone-early"]);
    expect(summary).toEqual({ reports: 3, lineages: 5, current: 3, changed: 1, gone: 2 });
  });

  it("gives each row a cell per report (none where it is absent) and its latest title", () => {
    const { rows } = lineageTable(reports, lineages);
    const reworded = rows.find((row) => row.id === "reworded")!;
    expect(reworded.title).toBe("New title");
    expect(reworded.cells.map((cell) => cell?.status ?? null)).toEqual(["first", "changed", "changed"]);
    const added = rows.find((row) => row.id === "new")!;
    expect(added.cells.map((cell) => cell?.status ?? null)).toEqual([null, null, "first"]);
    expect(rows.find((row) => row.id === "gone-late")!.current).toBe(false);
  });

  it("filters to the current, the changed or the gone, counting all", () => {
    expect(lineageTable(reports, lineages, "changed").rows.map((row) => row.id)).toEqual(["reworded"]);
    expect(lineageTable(reports, lineages, "gone").rows.map((row) => row.id)).toEqual([
      "gone-late",
      "gone-early",
    ]);
    const current = lineageTable(reports, lineages, "current");
    expect(current.rows).toHaveLength(3);
    expect(current.summary.lineages).toBe(5);
  });

  it("names a cell by its report and block, for links from the reader", () => {
    expect(lineageCellId("co-2024", "risk-3-we-may")).toBe("co-2024--risk-3-we-may");
  });
});
