import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { blockTexts, findInvariantViolation } from "./testing";

/** A full-submission file in the style of 2000s EDGAR text filings, wrapped at 72 columns. */
const SUBMISSION = [
  "<SEC-DOCUMENT>0000950123-08-000001.txt : 20080625",
  "<SEC-HEADER>0000950123-08-000001.hdr.sgml : 20080625",
  "ACCESSION NUMBER:\t\t0000950123-08-000001",
  "CONFORMED SUBMISSION TYPE:\t20-F",
  "PUBLIC DOCUMENT COUNT:\t\t2",
  "CONFORMED PERIOD OF REPORT:\t20080331",
  "FILED AS OF DATE:\t\t20080625",
  "",
  "FILER:",
  "",
  "\tCOMPANY DATA:\t",
  "\t\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE NETWORKS KK",
  "\t\tCENTRAL INDEX KEY:\t\t\t0001234567",
  "</SEC-HEADER>",
  "<DOCUMENT>",
  "<TYPE>20-F",
  "<SEQUENCE>1",
  "<FILENAME>d20f.txt",
  "<DESCRIPTION>ANNUAL REPORT",
  "<TEXT>",
  "                              TABLE OF CONTENTS",
  "",
  "                                                                    Page",
  "                                                                    ----",
  "Item 3.  Key Information...............................................  3",
  "         A. Selected Financial Data....................................  3",
  "         D. Risk Factors...............................................  4",
  "Item 4.  Information on the Company.................................... 12",
  "",
  "<PAGE>",
  "",
  "ITEM 3. KEY INFORMATION",
  "- -----------------------",
  "",
  "A. Selected Financial Data",
  "",
  "     The following table presents selected consolidated financial data of",
  "the Company for each of the fiscal years ended March 31, 2007 and 2008,",
  "derived from our audited financial statements.",
  "",
  "<TABLE>",
  "<CAPTION>",
  "                                         YEAR ENDED MARCH 31,",
  "                                        2007            2008",
  "<S>                                  <C>             <C>",
  "Revenues ........................... Y 50,000        Y 60,000",
  "</TABLE>",
  "",
  "D. Risk Factors",
  "- --------------",
  "",
  "     You should carefully consider the risks described below before making",
  "an investment decision. Any of them could harm our business.",
  "",
  "     We may lose money on our investments in affiliated companies.",
  "",
  "     In June 2007, we invested Y1,230 million in a joint venture with a",
  "partner in Europe, which had invested 10 million Euros before us. We own",
  "45% of it. If the venture does not perform as planned we may record an",
  "impairment loss on the investment, which could reduce our net income for",
  "the fiscal year and, because we hold a large share of its equity, also",
  "our",
  "",
  "                                  -8-",
  "<PAGE>",
  "",
  "shareholders' equity at the end of the period.",
  "",
  "     Our network may suffer interruptions.",
  "",
  "     Our network is concentrated in a few data centers in Tokyo and Osaka,",
  "and an earthquake or a power failure there could interrupt our services",
  "for days. We issued 2,178 new shares in May 2007.",
  "",
  "                                      9",
  "</TEXT>",
  "</DOCUMENT>",
  "<DOCUMENT>",
  "<TYPE>EX-12.1",
  "<SEQUENCE>2",
  "<TEXT>",
  "Certification of the Chief Executive Officer. Item 1A. Risk Factors",
  "</TEXT>",
  "</DOCUMENT>",
  "</SEC-DOCUMENT>",
].join("\n");

describe("plain text import: EDGAR full submission", () => {
  const analysis = analyzeFiling({ content: SUBMISSION, fileName: "0000950123-08-000001.txt" });

  it("keeps the invariants", () => {
    expect(findInvariantViolation(analysis)).toBeUndefined();
  });

  it("reads the metadata from the SGML header", () => {
    expect(analysis.metadata).toEqual({
      company: "EXAMPLE NETWORKS KK",
      form: "20-F",
      fiscalYear: 2008,
      cik: "0001234567",
      periodOfReport: "2008-03-31",
      filingDate: "2008-06-25",
      accessionNumber: "0000950123-08-000001",
    });
  });

  it("takes the table of contents for what it is, not for the sections", () => {
    expect(analysis.sections.map((s) => [s.label, s.title])).toEqual([
      ["3", "KEY INFORMATION"],
      ["A", "Selected Financial Data"],
      ["D", "Risk Factors"],
    ]);
    const risk = analysis.sections[2];
    // A sub-item's id names its Item: "D" of Item 3 is "sec-3-d".
    expect(risk?.blockId).toBe("sec-3-d");
    expect(analysis.text.slice(risk?.start, risk?.start === undefined ? 0 : risk.start + 15)).toBe(
      "D. Risk Factors",
    );
  });

  it("drops SGML tags, page breaks, page numbers and dash underlines", () => {
    for (const furniture of [
      "<PAGE>",
      "<TEXT>",
      "<S>",
      "<C>",
      "-8-",
      "- ---",
      "<TYPE>",
      "COMPANY CONFORMED NAME",
    ]) {
      expect(analysis.text).not.toContain(furniture);
    }
    expect(analysis.text).not.toMatch(/\n9\n|\n9$/);
    // The exhibit is not part of the main document.
    expect(analysis.text).not.toContain("Certification");
  });

  it("unwraps 80-column text and joins the paragraph split across the page", () => {
    const paragraphs = blockTexts(analysis, "paragraph");
    expect(paragraphs).toContain(
      "The following table presents selected consolidated financial data of the Company for each of the fiscal years ended March 31, 2007 and 2008, derived from our audited financial statements.",
    );
    const split = paragraphs.find((p) => p.startsWith("In June 2007"));
    expect(split).toMatch(/also our shareholders' equity at the end of the period\.$/);
    expect(split).not.toMatch(/\s{2}/);
  });

  it("keeps an SGML table as one preformatted block, its columns aligned", () => {
    expect(blockTexts(analysis, "preformatted")).toEqual([
      [
        "                                         YEAR ENDED MARCH 31,",
        "                                        2007            2008",
        "Revenues ........................... Y 50,000        Y 60,000",
      ].join("\n"),
    ]);
  });

  it("finds the one-sentence risk titles, not the introduction", () => {
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "We may lose money on our investments in affiliated companies.",
      "Our network may suffer interruptions.",
    ]);
    expect(analysis.riskFactors.map((r) => r.category)).toEqual(["investments-ma", "network-infrastructure"]);
    expect(analysis.riskFactors[0]?.id).toBe("risk-1-we-may-lose-money-on");
  });

  it("finds the figures with normalized values", () => {
    const byText = new Map(analysis.figures.map((f) => [f.text, f]));
    expect(byText.get("10 million Euros")).toMatchObject({ kind: "money", value: 10_000_000, unit: "EUR" });
    expect(byText.get("45%")).toMatchObject({ kind: "percent", value: 0.45, unit: "ratio" });
    expect(byText.get("2,178 new shares")).toMatchObject({ kind: "shareCount", value: 2178, unit: "shares" });
    expect(byText.get("May 2007")).toMatchObject({ kind: "date", value: "2007-05", unit: "date" });
    expect(byText.get("March 31, 2007")).toMatchObject({ kind: "date", value: "2007-03-31" });
  });
});

describe("plain text import: extracted text", () => {
  it("treats each long line as a paragraph and drops '- 25 -' page numbers", () => {
    const content = [
      "ITEM 1A. RISK FACTORS",
      "The following risks could materially affect our business. You should read them carefully before investing in our securities.",
      "Risks Related to Our Business",
      "We face intense competition. Our competitors are larger than we are and have more resources than we do, and they may cut prices.",
      "- 25 -",
      "Our results in 2023 were adversely impacted by lower volumes. We expect demand to remain weak in the coming year.",
      "We depend on key suppliers. We buy most of our components from two suppliers, and a disruption at either could stop our production.",
    ].join("\n");
    const analysis = analyzeFiling({ content, fileName: "x.txt" });
    expect(findInvariantViolation(analysis)).toBeUndefined();
    expect(analysis.text).not.toContain("- 25 -");
    expect(blockTexts(analysis, "groupHeader")).toEqual(["Risks Related to Our Business"]);
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "We face intense competition.",
      "We depend on key suppliers.",
    ]);
  });

  it("drops a number stranded inside a sentence where a page ended", () => {
    const content = [
      "Our business depends on the economy. When the economy weakens, our customers spend less on our services and",
      "",
      "14",
      "",
      "our revenues fall.",
      "",
      "15",
      "",
      "Our costs may rise. Higher prices for energy and labor raise our costs 16 and reduce our margins.",
      "",
      "17",
    ].join("\n");
    const analysis = analyzeFiling({ content });
    expect(blockTexts(analysis, "paragraph")).toContain(
      "Our business depends on the economy. When the economy weakens, our customers spend less on our services and our revenues fall.",
    );
    expect(analysis.text).toContain("raise our costs and reduce our margins.");
    expect(analysis.text).not.toMatch(/\b1[4-7]\b/);
  });

  it("reads a sentence on across a page number on its own line, in text of one line a paragraph", () => {
    const content = [
      "Risks Relating to Our Business",
      "Demand for our products depends on trends in the semiconductor industry.",
      "Demand for our products is largely dependent on the semiconductor industry, which is volatile. There are",
      "8",
      "competing architectures in the market and there is no certainty that the market will continue to accept ours.",
      "We face intense competition and could lose market share to our competitors.",
      "Our competitors are larger than we are and have more resources. They may cut their prices to win our customers.",
      "9",
    ].join("\n");
    const analysis = analyzeFiling({ content, fileName: "arm-like.txt" });
    expect(findInvariantViolation(analysis)).toBeUndefined();
    expect(blockTexts(analysis, "paragraph")).toContain(
      "Demand for our products is largely dependent on the semiconductor industry, which is volatile. There are competing architectures in the market and there is no certainty that the market will continue to accept ours.",
    );
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "Demand for our products depends on trends in the semiconductor industry.",
      "We face intense competition and could lose market share to our competitors.",
    ]);
  });

  it("decodes entities and Windows-1252 code points in plain text", () => {
    const analysis = analyzeFiling({
      content: "The Company&#146;s &#147;network&#148;&nbsp;costs&#8239;rose.\n\n&#149; item one",
      fileName: "a.txt",
    });
    expect(analysis.text).toBe("The Company’s “network” costs rose.\n\n• item one");
    expect(blockTexts(analysis, "listItem")).toEqual(["• item one"]);
  });
});
