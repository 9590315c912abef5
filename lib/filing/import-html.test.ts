import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { blockTexts, findInvariantViolation } from "./testing";

const BODY =
  "Our results could suffer for this reason. We explain below how and why, with examples from prior years that show what happened to our revenues and margins.";

/** One risk factor per way EDGAR HTML marks a title as emphasized. */
const TITLE_MARKUPS: [string, string][] = [
  ["<b>", "<p><b>We may lose our largest customer.</b></p>"],
  ["<i> inside <font>", '<p><font size="2"><i>We may not compete effectively.</i></font></p>'],
  ["<u>", "<p><u>Our network may fail.</u></p>"],
  ["<strong>", "<p><strong>We depend on two suppliers.</strong></p>"],
  ["<em>", "<div><em>Regulation may change.</em></div>"],
  ["nested <b><i>", "<p><b><i>Our tax rate may rise.</i></b></p>"],
  ["split runs", "<p><b>Our key </b><b><i>executives</i></b><i> may leave us.</i></p>"],
  ["<font> with style", '<p><font style="font-weight:bold">Litigation may harm us.</font></p>'],
  ["span font-weight:700", '<p><span style="font-weight:700">Our systems may be breached.</span></p>'],
  [
    "span font-weight:bold",
    '<p><span style="FONT-WEIGHT: bold">Our growth may strain our resources.</span></p>',
  ],
  ["span font-style:italic", '<p><span style="font-style:italic">Technology may change rapidly.</span></p>'],
  [
    "span text-decoration:underline",
    '<p><span style="text-decoration: underline">Interest rates may rise.</span></p>',
  ],
  ["div font-weight", '<div style="font-weight:bold">Our debt may limit us.</div>'],
  ["p font-style", '<p style="font-style: italic; margin-top:12px">Our investments may lose value.</p>'],
  ["p text-decoration", '<p style="text-decoration:underline">Our shareholder controls us.</p>'],
  ["CSS class", '<p class="rf-title">We may need more capital.</p>'],
  ["CSS element.class", '<p class="x9 heading">Our acquisitions may fail.</p>'],
  ["font shorthand", '<p style="font: italic bold 10pt Times New Roman">Our brand may suffer.</p>'],
  [
    "<li><b>",
    "<ul><li><b>Not a title: a list item.</b></li></ul><p><b>Our pension costs may increase.</b></p>",
  ],
];

const HTML_FRAGMENT = [
  "<style>.rf-title { font-weight: bold } p.heading { font-style: italic } .plain { font-weight: normal }</style>",
  '<script>document.write("INJECTED SCRIPT TEXT")</script>',
  "<table><tr><td>PART I</td><td></td></tr><tr><td>Item 1.</td><td>Business</td><td>3</td></tr>" +
    '<tr><td><a href="#item1a">Item 1A.</a></td><td>Risk Factors</td><td>12</td></tr>' +
    "<tr><td>Item 1B.</td><td>Unresolved Staff Comments</td><td>19</td></tr><tr><td>Item 2.</td><td>Properties</td><td>20</td></tr></table>",
  '<p align="center"><b>ITEM 1A. RISK FACTORS</b></p>',
  "<p>You should carefully consider the following risk factors, together with the other information in this report, before investing.</p>",
  "<p><b><u>Risks Related to Our Business</u></b></p>",
  ...TITLE_MARKUPS.map(([, markup]) => `${markup}\n<p>${BODY}</p>`),
  '<p style="text-align:center">14</p><hr style="page-break-after:always"><p><a href="#toc">Table of Contents</a></p>',
  '<p><b class="plain">Not a title either, bold cancelled by a class.</b></p>',
  "<p>Our results may also depend on <b>matters</b> we do not control, which is not a title because only a word is bold.</p>",
  "<p><b>We may be harmed by natural disasters.</b> Earthquakes and floods could close our data centers for days. This paragraph has a run-in title.</p>",
  "<p>ITEM 1B. UNRESOLVED STAFF COMMENTS</p><p>None.</p>",
].join("\n");

describe("HTML import: emphasis marks risk-factor titles", () => {
  const analysis = analyzeFiling({ content: HTML_FRAGMENT, fileName: "fragment.htm" });
  const titles = analysis.riskFactors.map((r) => r.title);

  it("keeps the invariants", () => {
    expect(findInvariantViolation(analysis)).toBeUndefined();
  });

  it.each(TITLE_MARKUPS.filter(([way]) => way !== "<li><b>"))("finds a title marked by %s", (_, markup) => {
    const title = markup.replace(/<[^>]+>/g, "");
    expect(titles).toContain(title);
  });

  it("takes a bold list item, a plain-bold-by-class block and a partly bold paragraph for body", () => {
    expect(titles).not.toContain("Not a title: a list item.");
    expect(titles).not.toContain("Not a title either, bold cancelled by a class.");
    expect(titles.some((t) => t.includes("matters"))).toBe(false);
    expect(titles).toContain("Our pension costs may increase.");
  });

  it("splits an emphasized run-in title from its paragraph", () => {
    expect(titles[titles.length - 1]).toBe("We may be harmed by natural disasters.");
    expect(blockTexts(analysis, "paragraph")).toContain(
      "Earthquakes and floods could close our data centers for days. This paragraph has a run-in title.",
    );
  });

  it("finds 19 titles, each with its body, under the group header", () => {
    expect(titles).toHaveLength(TITLE_MARKUPS.length + 1);
    expect(blockTexts(analysis, "groupHeader")).toEqual(["Risks Related to Our Business"]);
    for (const risk of analysis.riskFactors.slice(0, -1))
      expect(analysis.text.slice(risk.titleEnd, risk.end)).toContain("Our results could suffer");
  });

  it("never keeps script or style content, page numbers or navigation links", () => {
    expect(analysis.text).not.toContain("INJECTED");
    expect(analysis.text).not.toContain("document.write");
    expect(analysis.text).not.toContain("font-weight");
    expect(analysis.text).not.toContain("Table of Contents");
    expect(analysis.text).not.toMatch(/(^|\n)14(\n|$)/);
  });

  it("does not take the table of contents for sections", () => {
    expect(analysis.sections.map((s) => [s.label, s.title])).toEqual([
      ["1A", "RISK FACTORS"],
      ["1B", "UNRESOLVED STAFF COMMENTS"],
    ]);
    // The front table of contents is navigation: the outline replaces it.
    expect(analysis.text.startsWith("ITEM 1A. RISK FACTORS")).toBe(true);
    expect(analysis.sections[0]?.blockId).toBe("sec-1a");
  });

  it("ends the last risk factor at the next section", () => {
    const last = analysis.riskFactors[analysis.riskFactors.length - 1];
    expect(analysis.text.slice(last?.start, last?.end)).not.toContain("UNRESOLVED");
  });
});

describe("HTML import: documents and details", () => {
  it("reads a whole document, skipping <head>, and decodes entities", () => {
    const html =
      "<!DOCTYPE html><html><head><title>Example 10-K</title><style>p{color:red}</style></head><body>" +
      "<p>Revenue&nbsp;rose&#160;to&#8239;$5.2&nbsp;million, the Company&#146;s &#147;best&#148; year.</p>" +
      "<p>&#149;&nbsp;first point</p></body></html>";
    const analysis = analyzeFiling({ content: html });
    expect(analysis.text).toBe("Revenue rose to $5.2 million, the Company’s “best” year.\n\n• first point");
    expect(analysis.figures[0]).toMatchObject({
      kind: "money",
      text: "$5.2 million",
      value: 5_200_000,
      unit: "USD",
    });
  });

  it("joins a paragraph split across a page break", () => {
    const html =
      "<p>Our business depends on the Japanese economy, and a recession there could reduce the demand for our</p>" +
      '<p align="center">20</p><hr><p><a href="#toc">Table of Contents</a></p>' +
      "<p>services and our revenues.</p>";
    const analysis = analyzeFiling({ content: html, contentType: "text/html" });
    expect(analysis.text).toBe(
      "Our business depends on the Japanese economy, and a recession there could reduce the demand for our services and our revenues.",
    );
  });

  it("keeps a data table as a table block (rows by line, cells by tab), and layout tables as paragraphs", () => {
    const html =
      "<table><tr><td>Year</td><td>2008</td><td>2009</td></tr><tr><td>Revenue</td><td>$1.0 billion</td><td>$1.2 billion</td></tr></table>" +
      "<table><tr><td><p>First paragraph of a layout table.</p><p>Second paragraph.</p></td></tr></table>";
    const analysis = analyzeFiling({ content: html, fileName: "t.html" });
    expect(blockTexts(analysis, "table")).toEqual(["Year\t2008\t2009\nRevenue\t$1.0 billion\t$1.2 billion"]);
    expect(analysis.blocks.find((b) => b.kind === "table")?.table).toEqual({
      columns: 3,
      headerRows: 1,
      spans: [],
    });
    expect(blockTexts(analysis, "paragraph")).toEqual([
      "First paragraph of a layout table.",
      "Second paragraph.",
    ]);
  });

  it("ignores hidden inline XBRL headers", () => {
    const html = '<div style="display:none"><ix:header>HIDDEN FACTS</ix:header></div><p>Visible text.</p>';
    expect(analyzeFiling({ content: html, fileName: "a.htm" }).text).toBe("Visible text.");
  });

  it("sniffs HTML without a file name and plain text that merely contains angle brackets", () => {
    expect(analyzeFiling({ content: "<p>One <b>two</b></p><p>Three</p>" }).text).toBe("One two\n\nThree");
    expect(analyzeFiling({ content: "If a < b and b > c then a < c." }).text).toBe(
      "If a < b and b > c then a < c.",
    );
  });
});

describe("HTML import: a modern inline XBRL 10-K", () => {
  const span = (style: string, text: string): string =>
    `<span style="color:#000000;font-family:'Times New Roman',sans-serif;font-size:10pt;${style}line-height:120%">${text}</span>`;
  const div = (inner: string): string => `<div style="margin-top:6pt;text-align:justify">${inner}</div>`;
  const pageBreak = (n: number): string =>
    `<div style="height:42.75pt;position:relative;width:100%"><table style="width:100%"><tr><td style="width:1%"></td><td style="width:98%"></td></tr>` +
    `<tr><td colspan="2" style="text-align:center"><span style="font-size:10pt">${n}</span></td></tr></table></div>` +
    `<hr style="page-break-after:always"/><div><span><a href="#i7a8" style="font-size:10pt">Table of Contents</a></span></div>`;
  const html = [
    '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">',
    "<head><title>acme-20231231</title></head><body>",
    '<div style="display:none"><ix:header><ix:hidden><ix:nonNumeric name="dei:EntityRegistrantName">Acme Corp</ix:nonNumeric>',
    '<ix:nonNumeric name="dei:DocumentType">10-K</ix:nonNumeric><ix:nonNumeric name="dei:DocumentFiscalYearFocus">2023</ix:nonNumeric></ix:hidden></ix:header></div>',
    '<table><tr><td><a href="#risk">Item 1A.</a></td><td><a href="#risk">Risk Factors</a></td><td>12</td></tr><tr><td>Item 1B.</td><td>Unresolved Staff Comments</td><td>25</td></tr></table>',
    div(span("font-weight:700;", "Item 1A. Risk Factors")),
    div(
      span(
        "",
        "Investing in our common stock involves risks. You should carefully consider the risks described below.",
      ),
    ),
    div(span("font-style:italic;font-weight:700;", "Risks Related to Our Business and Industry")),
    div(
      span(
        "font-weight:700;",
        "Our revenue depends on a small number of customers, and the loss of any of them could harm our results.",
      ),
    ),
    div(
      span(
        "",
        "In fiscal 2023, our ten largest customers accounted for 62% of our revenue of $1.2 billion. If any of them reduced its purchases, our revenue would",
      ),
    ),
    pageBreak(12),
    div(span("", "decline materially. We issued 1,250,000 shares of common stock in March 2023.")),
    div(span("font-weight:700;", "We face intense competition, and we may lose market share.")),
    div(
      span("", "Our competitors include large companies with more resources than ours. They may cut prices."),
    ),
    div(span("font-style:italic;font-weight:700;", "Risks Related to Our Common Stock")),
    div(span("font-weight:700;", "The price of our common stock may be volatile.")),
    div(
      span(
        "",
        "The market price of our common stock has ranged from $12.50 to $48.75 since our IPO on June 15, 2021.",
      ),
    ),
    div(span("font-weight:700;", "Item 1B. Unresolved Staff Comments")),
    div(span("", "None.")),
    "</body></html>",
  ].join("\n");
  const analysis = analyzeFiling({ content: html, fileName: "acme-20231231.htm" });

  it("reads sections, group headers and titles", () => {
    expect(findInvariantViolation(analysis)).toBeUndefined();
    expect(analysis.sections.map((s) => s.blockId)).toEqual(["sec-1a", "sec-1b"]);
    expect(blockTexts(analysis, "groupHeader")).toEqual([
      "Risks Related to Our Business and Industry",
      "Risks Related to Our Common Stock",
    ]);
    expect(analysis.riskFactors.map((r) => r.category)).toEqual(["customers", "competition", "share-price"]);
  });

  it("joins the paragraph across the page break and drops the page number and link", () => {
    expect(analysis.text).toContain("our revenue would decline materially.");
    expect(analysis.text).not.toContain("Table of Contents");
  });

  it("reads the metadata from the hidden inline XBRL cover facts, never showing them", () => {
    expect(analysis.metadata).toEqual({ company: "Acme Corp", form: "10-K", fiscalYear: 2023 });
    expect(analysis.text).not.toContain("Acme Corp");
  });
});
