/**
 * Whole annual reports as filed (lib/filing/__fixtures__/SOURCES.md): a 2 MB inline XBRL 10-K,
 * a 20-F in HTML and a 1994 plain-text 10-K submission. What a reader of the whole document
 * needs: every Part and Item, the financial statements as tables whose numbers are figures,
 * no page furniture, and the metadata the document states about itself.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { importHtml } from "./import-html";
import { tableGrid } from "./table-grid";
import { blockTexts, findInvariantViolation } from "./testing";
import type { FilingAnalysis } from "./types";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "__fixtures__", name), "utf8");

function itemLabels(analysis: FilingAnalysis): string[] {
  return analysis.sections.filter((s) => s.level !== 3).map((s) => s.label);
}

function noFurniture(analysis: FilingAnalysis): void {
  for (const block of analysis.blocks) {
    const text = analysis.text.slice(block.start, block.end);
    expect(text, block.id).not.toMatch(/^(?:\d{1,3}|[ivx]{1,4}|table of contents|F-\d{1,2})$/i);
    // Bullets are spaced from their words.
    expect(text, block.id).not.toMatch(/^•\S/);
  }
}

describe("Netflix 10-K 2024 (2 MB inline XBRL HTML)", () => {
  const html = fixture("netflix-10k-fy2024.htm");
  const analysis = analyzeFiling({ content: html, fileName: "nflx-20241231.htm" });

  it("keeps the invariants", () => {
    expect(findInvariantViolation(analysis)).toBeUndefined();
  });

  it("lists every Part and Item, and the financial statements after the signatures", () => {
    expect(itemLabels(analysis)).toEqual([
      "Part I",
      "1",
      "1A",
      "1B",
      "1C",
      "2",
      "3",
      "4",
      "Part II",
      "5",
      "6",
      "7",
      "7A",
      "8",
      "9",
      "9A",
      "9B",
      "9C",
      "Part III",
      "10",
      "11",
      "12",
      "13",
      "14",
      "Part IV",
      "15",
      "16",
    ]);
    expect(analysis.sections.filter((s) => s.level === 3).map((s) => s.title)).toEqual(
      expect.arrayContaining([
        "CONSOLIDATED STATEMENTS OF OPERATIONS",
        "CONSOLIDATED BALANCE SHEETS",
        "CONSOLIDATED STATEMENTS OF CASH FLOWS",
        "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS",
      ]),
    );
    expect(analysis.sections.find((s) => s.label === "7")?.blockId).toBe("sec-7");
  });

  it("reads the balance sheet as a table whose numbers know their row, column and scale", () => {
    const sheet = analysis.sections.find((s) => s.title === "CONSOLIDATED BALANCE SHEETS")!;
    const table = analysis.blocks.find((b) => b.kind === "table" && b.start > sheet.start)!;
    const grid = tableGrid(analysis.text, table);
    expect(grid.slice(0, 3)).toEqual([
      ["", "As of December 31,", ""],
      ["", "2024", "2023"],
      ["Assets", "", ""],
    ]);
    expect(grid).toContainEqual(["Cash and cash equivalents", "$7,804,733", "$7,116,913"]);
    const totalAssets = analysis.figures.find((f) => f.row === "Total assets" && f.start > table.start);
    expect(totalAssets).toMatchObject({
      kind: "money",
      text: "$53,630,374",
      value: 53_630_374_000,
      unit: "USD",
      column: "As of December 31, 2024",
    });
  });

  it("finds the data tables and drops the table of contents", () => {
    const { tables } = importHtml(html);
    expect(analysis.blocks.filter((b) => b.kind === "table")).toHaveLength(tables.data);
    expect(tables.data).toBeGreaterThanOrEqual(60);
    expect(tables.contents).toBeGreaterThanOrEqual(1);
    // The front table of contents would have put "Risk Factors" next to a page number.
    expect(analysis.text).not.toMatch(/Risk Factors\t\d+/);
  });

  it("has no page furniture and spaced bullets", () => {
    noFurniture(analysis);
    expect(blockTexts(analysis, "listItem")).toContain("• our ability to attract and retain advertisers;");
  });

  it("reads the metadata from the dei: cover facts", () => {
    expect(analysis.metadata).toEqual({
      company: "Netflix, Inc.",
      form: "10-K",
      fiscalYear: 2024,
      periodOfReport: "2024-12-31",
      cik: "0001065280",
      tickers: ["NFLX"],
    });
  });

  it("marks no bare year as a figure", () => {
    expect(analysis.figures.filter((f) => /^(?:19|20)\d\d$/.test(f.text))).toEqual([]);
  });
});

describe("BetterLife Pharma 20-F 2025 (HTML)", () => {
  const analysis = analyzeFiling({ content: fixture("betterlife-20f-fy2025.htm"), fileName: "betr-20f.htm" });

  it("keeps the invariants", () => {
    expect(findInvariantViolation(analysis)).toBeUndefined();
  });

  it("lists Items 1–19 with their lettered sub-items under them", () => {
    const items = analysis.sections.filter((s) => s.level === 2).map((s) => s.label);
    expect(items).toEqual([
      "1",
      "2",
      "3",
      "4",
      "4A",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16A",
      "16B",
      "16C",
      "16D",
      "16E",
      "16F",
      "16G",
      "16H",
      "17",
      "18",
      "19",
    ]);
    const risk = analysis.sections.find((s) => s.blockId === "sec-3-d");
    expect(risk?.title).toBe("Forward Looking-Statements and Risk Factors");
    // Each lettered sub-item's id names its Item.
    expect(
      analysis.sections
        .filter((s) => s.level === 3 && s.label !== "")
        .every((s) => /^sec-\d+-[a-h]$/.test(s.blockId)),
    ).toBe(true);
    // Risk factors sit under 3.D.
    expect(analysis.riskFactors.length).toBeGreaterThanOrEqual(15);
    for (const riskFactor of analysis.riskFactors) {
      expect(riskFactor.start).toBeGreaterThan(risk!.start);
      expect(riskFactor.end).toBeLessThanOrEqual(risk!.end);
    }
  });

  it("reads the compensation table with its totals as figures, in the filing's Canadian dollars", () => {
    // "In this FORM 20-F, references to “dollars”, “$” are to Canadian dollars".
    const total = analysis.figures.find((f) => f.text === "$683,401");
    expect(total).toMatchObject({ kind: "money", value: 683_401, unit: "CAD", column: "Total" });
    expect(total?.row).toMatch(/^Ahmad Doroudian/);
  });

  it("has no page furniture, and reads the cover facts", () => {
    noFurniture(analysis);
    expect(analysis.metadata).toMatchObject({
      form: "20-F",
      fiscalYear: 2025,
      periodOfReport: "2025-01-31",
      cik: "0001464165",
      tickers: ["BETR"],
    });
  });
});

describe("Apple 10-K 1994 (plain-text EDGAR submission)", () => {
  const analysis = analyzeFiling({
    content: fixture("apple-10k-fy1994.txt"),
    fileName: "0000320193-94-000016.txt",
  });

  it("keeps the invariants", () => {
    expect(findInvariantViolation(analysis)).toBeUndefined();
  });

  it("lists Parts I–IV and Items 1–14", () => {
    expect(itemLabels(analysis)).toEqual([
      "Part I",
      "1",
      "2",
      "3",
      "4",
      "Part II",
      "5",
      "6",
      "7",
      "8",
      "9",
      "Part III",
      "10",
      "11",
      "12",
      "13",
      "Part IV",
      "14",
    ]);
  });

  it("keeps the fixed-width tables aligned, scaled by their scale line", () => {
    const tables = blockTexts(analysis, "preformatted");
    expect(tables.length).toBeGreaterThanOrEqual(20);
    const selected = tables.find((t) => t.includes("Five fiscal years ended September 30, 1994"))!;
    expect(selected).toContain("Net sales      $ 9,188,748 $7,976,954  $ 7,086,542 $ 6,308,849  $5,558,435");
    // "(Tabular amounts in thousands, except per share amounts)" above the table scales it.
    const netSales = analysis.figures.find((f) => f.text === "$ 9,188,748");
    expect(netSales).toMatchObject({ kind: "money", value: 9_188_748_000, unit: "USD" });
  });

  it("reads the metadata from the submission header", () => {
    expect(analysis.metadata).toMatchObject({
      company: "APPLE COMPUTER INC",
      form: "10-K",
      fiscalYear: 1994,
      periodOfReport: "1994-09-30",
      filingDate: "1994-12-13",
      cik: "0000320193",
      accessionNumber: "0000320193-94-000016",
    });
  });

  it("has no page furniture", () => {
    noFurniture(analysis);
    expect(analysis.text).not.toContain("<PAGE>");
  });
});
