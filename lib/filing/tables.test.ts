/**
 * Data tables and layout tables of EDGAR HTML, on real snippets (styles and inline XBRL tags
 * removed, structure kept as filed): Netflix's 2024 10-K statement of operations (Workiva
 * layout: "$" in its own cell, numbers over two columns, spacer columns, a header spanning
 * fifteen), and the table shapes that are layout, not data.
 */
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { normalizeTable, tableCellRanges, tableGrid } from "./table-grid";
import { readScale } from "./table-figures";
import { blockTexts, findInvariantViolation } from "./testing";
import type { FilingAnalysis } from "./types";

const OPERATIONS = `
<p>NETFLIX, INC.</p><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands, except per share data)</p>
<table>
<tr><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/><td/></tr>
<tr><td colspan="3">&#160;&#160;</td><td colspan="3"/><td colspan="15">Year ended December&#160;31,</td></tr>
<tr><td colspan="3">&#160;&#160;</td><td colspan="3"/><td colspan="3">2024</td><td colspan="3"/><td colspan="3">2023</td><td colspan="3"/><td colspan="3">2022</td></tr>
<tr><td colspan="3">Revenues</td><td colspan="3"/><td>$</td><td>39,000,966&#160;</td><td/><td colspan="3"/><td>$</td><td>33,723,297&#160;</td><td/><td colspan="3"/><td>$</td><td>31,615,550&#160;</td><td/></tr>
<tr><td colspan="3">Interest expense</td><td colspan="3"/><td colspan="2">(718,733)</td><td/><td colspan="3"/><td colspan="2">(699,826)</td><td/><td colspan="3"/><td colspan="2">(706,212)</td><td/></tr>
<tr><td colspan="3">Earnings per share:</td><td colspan="3"/><td colspan="3"/><td colspan="3"/><td colspan="3"/><td colspan="3"/><td colspan="3"/></tr>
<tr><td colspan="3">Basic</td><td colspan="3"/><td>$</td><td>20.28&#160;</td><td/><td colspan="3"/><td>$</td><td>12.25&#160;</td><td/><td colspan="3"/><td>$</td><td>10.10&#160;</td><td/></tr>
<tr><td colspan="3">Weighted-average shares of common stock outstanding:</td><td colspan="3"/><td colspan="3"/><td colspan="3"/><td colspan="3"/><td colspan="3"/><td colspan="3"/></tr>
<tr><td colspan="3">Basic</td><td colspan="3"/><td colspan="2">429,519&#160;</td><td/><td colspan="3"/><td colspan="2">441,571&#160;</td><td/><td colspan="3"/><td colspan="2">444,698&#160;</td><td/></tr>
</table>`;

function tableOf(analysis: FilingAnalysis) {
  const block = analysis.blocks.find((b) => b.kind === "table");
  if (!block) throw new Error("no table block");
  return { block, grid: tableGrid(analysis.text, block) };
}

describe("data tables (Netflix 10-K statement of operations)", () => {
  const analysis = analyzeFiling({ content: OPERATIONS, fileName: "nflx.htm" });
  const { block, grid } = tableOf(analysis);

  it("keeps the invariants (the table's text is a rectangular TSV)", () => {
    expect(findInvariantViolation(analysis)).toBeUndefined();
  });

  it("merges “$” cells and numbers spanning two columns into one cell per year, dropping spacer columns", () => {
    expect(block.table?.columns).toBe(4);
    expect(grid).toEqual([
      ["", "Year ended December 31,", "", ""],
      ["", "2024", "2023", "2022"],
      ["Revenues", "$39,000,966", "$33,723,297", "$31,615,550"],
      ["Interest expense", "(718,733)", "(699,826)", "(706,212)"],
      ["Earnings per share:", "", "", ""],
      ["Basic", "$20.28", "$12.25", "$10.10"],
      ["Weighted-average shares of common stock outstanding:", "", "", ""],
      ["Basic", "429,519", "441,571", "444,698"],
    ]);
  });

  it("finds the header rows and the header spanning every year", () => {
    expect(block.table?.headerRows).toBe(2);
    expect(block.table?.spans).toEqual([[0, 1, 3, 1]]);
    const cells = tableCellRanges(analysis.text, block);
    expect(cells[0]?.[1]).toMatchObject({ colSpan: 3, covered: false });
    expect(cells[0]?.[2]?.covered).toBe(true);
  });

  it("makes every number a figure that knows its row, column and scale", () => {
    const byText = new Map(analysis.figures.map((figure) => [figure.text, figure]));
    expect(byText.get("$39,000,966")).toMatchObject({
      kind: "money",
      value: 39_000_966_000,
      unit: "USD",
      row: "Revenues",
      column: "Year ended December 31, 2024",
    });
    // Parentheses are negatives.
    expect(byText.get("(699,826)")).toMatchObject({ kind: "money", value: -699_826_000 });
    // Per share: never scaled by "(in thousands, except per share data)".
    expect(byText.get("$20.28")).toMatchObject({
      kind: "money",
      value: 20.28,
      row: "Earnings per share: Basic",
    });
    // Share counts: scaled (the exception names per-share data only).
    expect(byText.get("429,519")).toMatchObject({ kind: "shareCount", value: 429_519_000, unit: "shares" });
    // Years heading the columns are not figures.
    expect(analysis.figures.some((figure) => figure.text === "2024")).toBe(false);
  });

  it("keeps the text of every figure equal to its slice of the canonical text", () => {
    for (const figure of analysis.figures)
      expect(analysis.text.slice(figure.start, figure.end)).toBe(figure.text);
  });
});

describe("normalizeTable", () => {
  it("joins a negative split over two cells and a percent sign in its own cell", () => {
    const cell = (text: string, colSpan = 1) => ({ text, colSpan, rowSpan: 1 });
    const table = normalizeTable([
      [cell(""), cell("2024", 3), cell("Change", 3)],
      [cell("Operating income"), cell("$"), cell("(1,234"), cell(")"), cell("12.5"), cell("%"), cell("")],
      [cell("Net income (1)"), cell("$"), cell("5,678"), cell(""), cell("(3"), cell(")%"), cell("")],
    ]);
    expect(table?.rows).toEqual([
      ["", "2024", "Change"],
      ["Operating income", "$(1,234)", "12.5%"],
      ["Net income (1)", "$5,678", "(3)%"],
    ]);
    expect(table?.layout.headerRows).toBe(1);
  });

  it("places rowspans as browsers do", () => {
    const table = normalizeTable([
      [
        { text: "Segment", colSpan: 1, rowSpan: 2 },
        { text: "Revenue", colSpan: 1, rowSpan: 1 },
      ],
      [{ text: "100", colSpan: 1, rowSpan: 1 }],
      [
        { text: "Other", colSpan: 1, rowSpan: 1 },
        { text: "5", colSpan: 1, rowSpan: 1 },
      ],
    ]);
    expect(table?.rows).toEqual([
      ["Segment", "Revenue"],
      ["", "100"],
      ["Other", "5"],
    ]);
    expect(table?.layout.spans).toEqual([[0, 0, 1, 2]]);
  });

  it("stays bounded on absurd spans", () => {
    const table = normalizeTable([
      [{ text: "x", colSpan: 100_000, rowSpan: 100_000 }],
      [{ text: "1", colSpan: 1, rowSpan: 1 }],
    ]);
    expect(table?.rows).toHaveLength(2);
    expect(table?.layout.columns).toBeLessThanOrEqual(2);
  });
});

describe("scale lines", () => {
  it.each([
    ["(in thousands, except per share data)", 3, "per share data", undefined],
    ["(In millions, except share and per share amounts)", 6, "share and per share amounts", undefined],
    ["(in millions of euros)", 6, "", "EUR"],
    ["(Tabular information: Dollars in millions, except per share amounts)", 6, "per share amounts", "USD"],
    ["RMB in thousands", 3, "", "CNY"],
    ["(In thousands of Canadian dollars)", 3, "", "CAD"],
    ["(Hong Kong dollars in millions)", 6, "", "HKD"],
    ["(C$ in millions)", 6, "", "CAD"],
    ["(in billions of yen)", 9, "", "JPY"],
  ])("%s", (text, exponent, except, currency) => {
    expect(readScale(text)).toEqual({ exponent, except, currency });
  });

  it("leaves share counts unscaled when the scale line excepts them", () => {
    const html =
      "<p>(in thousands, except share and per share data)</p><table>" +
      "<tr><td></td><td>2024</td></tr><tr><td>Cash</td><td>$ 1,000</td></tr><tr><td>Common shares outstanding</td><td>427,757,100</td></tr></table>";
    const analysis = analyzeFiling({ content: html, fileName: "t.htm" });
    const byText = new Map(analysis.figures.map((figure) => [figure.text, figure]));
    expect(byText.get("$ 1,000")?.value).toBe(1_000_000);
    expect(byText.get("427,757,100")).toMatchObject({ kind: "shareCount", value: 427_757_100 });
  });
});

describe("layout tables are what they stand for", () => {
  it("a bullet cell and a text cell: list items, the bullet spaced from the words", () => {
    const html =
      "<table><tr><td>•</td><td>our ability to attract and retain advertisers;</td></tr></table>" +
      "<table><tr><td>•</td><td>the quantity or quality of ads shown to our members.</td></tr></table>";
    const analysis = analyzeFiling({ content: html, fileName: "t.htm" });
    expect(blockTexts(analysis, "listItem")).toEqual([
      "• our ability to attract and retain advertisers;",
      "• the quantity or quality of ads shown to our members.",
    ]);
    expect(analysis.blocks.some((b) => b.kind === "table")).toBe(false);
  });

  it("a bullet glued to its words by padding gets its space back", () => {
    const html = '<div><span>•</span><span style="padding-left:18pt">our ability to compete;</span></div>';
    expect(blockTexts(analyzeFiling({ content: html, fileName: "t.htm" }), "listItem")).toEqual([
      "• our ability to compete;",
    ]);
  });

  it("a column header stacked over lines (Workiva's 'Fair Value' / '(Level 2)') keeps its table a table", () => {
    const html =
      "<table><tr><td></td><td><div>July 30, 2023</div></td><td><div>January 29, 2023</div></td></tr>" +
      "<tr><td>in millions</td><td><div>Fair Value</div><div>(Level 2)</div></td><td><div>Fair Value</div><div>(Level 2)</div></td></tr>" +
      "<tr><td>Derivative agreements – liabilities</td><td>(904)</td><td>(778)</td></tr></table>" +
      // A cell of prose paragraphs is still page layout.
      "<table><tr><td><p>Our stores are our largest asset, and we invest in them every year to keep them current.</p>" +
      "<p>We also invest in our supply chain and in our digital platforms.</p></td><td>Page 4</td></tr></table>";
    const analysis = analyzeFiling({ content: html, fileName: "t.htm" });
    expect(blockTexts(analysis, "table")).toEqual([
      "\tJuly 30, 2023\tJanuary 29, 2023\nin millions\tFair Value (Level 2)\tFair Value (Level 2)\nDerivative agreements – liabilities\t(904)\t(778)",
    ]);
    expect(blockTexts(analysis, "paragraph")).toEqual(
      expect.arrayContaining([
        "Our stores are our largest asset, and we invest in them every year to keep them current.",
      ]),
    );
    // One row of a heading stacked beside prose is layout: the heading keeps to itself.
    const layout = analyzeFiling({
      content:
        "<table><tr><td><p><b>Item 1A.</b></p><p><b>Risk Factors</b></p></td>" +
        "<td><p>The following risks could affect our business and results of operations.</p></td></tr></table>",
      fileName: "t.htm",
    });
    expect(layout.sections.map((s) => s.title)).toEqual(["Risk Factors"]);
  });

  it("a heading in a one-row table, a one-cell wrapper and cover check boxes: paragraphs", () => {
    const html =
      "<table><tr><td><b>ITEM 7.</b></td><td><b>MANAGEMENT’S DISCUSSION AND ANALYSIS</b></td></tr></table>" +
      "<table><tr><td><p>One paragraph.</p><p>Another paragraph.</p></td></tr></table>" +
      "<table><tr><td>☒</td><td>ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</td></tr></table>";
    const analysis = analyzeFiling({ content: html, fileName: "t.htm" });
    expect(analysis.sections.map((s) => s.label)).toEqual(["7"]);
    expect(blockTexts(analysis, "paragraph")).toEqual([
      "One paragraph.",
      "Another paragraph.",
      "☒ ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
    ]);
  });

  it("the front table of contents and an index of pages are navigation: dropped", () => {
    const toc =
      "<table><tr><td>PART I</td><td></td></tr>" +
      [
        "Item 1.|Business|3",
        "Item 1A.|Risk Factors|6",
        "Item 2.|Properties|19",
        "Item 3.|Legal Proceedings|19",
      ]
        .map(
          (row) =>
            `<tr>${row
              .split("|")
              .map((cell) => `<td><a href="#x">${cell}</a></td>`)
              .join("")}</tr>`,
        )
        .join("") +
      "</table>";
    const index =
      "<table><tr><td></td><td>Page</td></tr>" +
      [
        "Report of Independent Registered Public Accounting Firm|35",
        "Consolidated Statements of Operations|37",
        "Consolidated Balance Sheets|40",
        "Notes to Consolidated Financial Statements|42",
      ]
        .map(
          (row) =>
            `<tr>${row
              .split("|")
              .map((cell) => `<td>${cell}</td>`)
              .join("")}</tr>`,
        )
        .join("") +
      "</table>";
    const analysis = analyzeFiling({
      content: `${toc}<p>Item 1. Business</p><p>We stream.</p>${index}`,
      fileName: "t.htm",
    });
    expect(analysis.text).toBe("Item 1. Business\n\nWe stream.");
  });
});
