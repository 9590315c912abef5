import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { blockTexts, findInvariantViolation } from "./testing";

const body = (topic: string): string =>
  `Our ${topic} exposes us to risk. We describe it here in two sentences so that it reads like the body of a risk factor in an annual report.`;

describe("structure: risk titles in other styles", () => {
  it("reads phrase headings of older filings as titles, and a heading above them as a group header", () => {
    const content = [
      "ITEM 1A. RISK FACTORS",
      "",
      "Industry Conditions",
      "",
      "Competition",
      "",
      body("market"),
      "",
      "Dependence on Key Personnel",
      "",
      body("management"),
      "",
      "Government Regulation.",
      "",
      body("licensing"),
    ].join("\n");
    const analysis = analyzeFiling({ content, fileName: "old.txt" });
    expect(findInvariantViolation(analysis)).toBeUndefined();
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "Competition",
      "Dependence on Key Personnel",
      "Government Regulation.",
    ]);
    expect(blockTexts(analysis, "groupHeader")).toEqual(["Industry Conditions"]);
    expect(analysis.riskFactors.map((r) => r.category)).toEqual(["competition", "key-person", "regulation"]);
  });

  it("reads numbered titles as titles, bullets as body", () => {
    const content = [
      "Item 1A. Risk Factors",
      "",
      "1. We may not compete effectively.",
      "",
      body("pricing"),
      "",
      "- a bullet that is not a title.",
      "",
      "2. Our network may fail.",
      "",
      body("network"),
    ].join("\n");
    const analysis = analyzeFiling({ content, fileName: "n.txt" });
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "1. We may not compete effectively.",
      "2. Our network may fail.",
    ]);
  });

  it("splits bold-italic run-in titles in HTML, as the FedEx filing has them", () => {
    const html = [
      '<p style="font-weight:bold">ITEM 1A. RISK FACTORS</p>',
      "<p>In addition to the other information in this report, you should carefully consider the following factors.</p>",
      '<p style="font-weight:bold;text-decoration:underline">Operating Risks</p>',
      '<p><span style="font-weight:700;font-style:italic">We face intense competition.</span><span> The markets we serve are competitive, and some competitors have more resources.</span></p>',
      "<p>We believe we compete effectively. Prices may still fall.</p>",
      '<p><span style="font-weight:700;font-style:italic">Our network may suffer outages. </span>Outages could be caused by many factors, including power failures.</p>',
    ].join("");
    const analysis = analyzeFiling({ content: html, fileName: "fedex-like.htm" });
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "We face intense competition.",
      "Our network may suffer outages.",
    ]);
    expect(blockTexts(analysis, "groupHeader")).toEqual(["Operating Risks"]);
    expect(analysis.riskFactors[0]?.id).toBe("risk-1-we-face-intense-competition");
    expect(analysis.text).toContain("We face intense competition.\n\nThe markets we serve are competitive");
  });

  it("reads a bare RISK FACTORS heading (a prospectus) as the section", () => {
    const content = [
      "RISK FACTORS",
      "",
      "An investment in our shares involves risks, described below.",
      "",
      "We have a history of losses.",
      "",
      body("history"),
    ].join("\n");
    const analysis = analyzeFiling({ content });
    expect(analysis.sections).toMatchObject([
      { label: "", title: "RISK FACTORS", blockId: "sec-risk-factors" },
    ]);
    expect(analysis.riskFactors.map((r) => r.title)).toEqual(["We have a history of losses."]);
  });

  it("merges 'Item 1A.' and its title when they are separate blocks", () => {
    const html =
      "<p><b>Item 1A.</b></p><p><b>Risk Factors</b></p><p><b>We may need more capital.</b></p><p>" +
      body("funding") +
      "</p>";
    const analysis = analyzeFiling({ content: html, fileName: "a.htm" });
    expect(analysis.sections.map((s) => [s.label, s.title])).toEqual([["1A", "Risk Factors"]]);
    expect(blockTexts(analysis, "sectionHeading")).toEqual(["Item 1A. Risk Factors"]);
    expect(analysis.riskFactors.map((r) => r.category)).toEqual(["dilution-capital"]);
  });
});

describe("structure: bulleted titles", () => {
  it("reads an emphasized bullet followed by plain body text as a title, without its bullet", () => {
    const html =
      "<p><b>ITEM 1A. RISK FACTORS</b></p>" +
      "<table><tr><td>•</td><td><b>We may be unable to renew our credit facility on acceptable terms.</b></td></tr></table>" +
      `<p>${body("debt")}</p>` +
      "<table><tr><td>•</td><td><b>Our largest customer may reduce its orders from us.</b></td></tr></table>" +
      `<p>${body("customer base")}</p>` +
      "<ul><li>a plain bullet</li><li>another plain bullet</li></ul>";
    const analysis = analyzeFiling({ content: html, fileName: "b.htm" });
    expect(findInvariantViolation(analysis)).toBeUndefined();
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "We may be unable to renew our credit facility on acceptable terms.",
      "Our largest customer may reduce its orders from us.",
    ]);
    expect(blockTexts(analysis, "listItem")).toEqual(["• a plain bullet", "• another plain bullet"]);
  });
});
