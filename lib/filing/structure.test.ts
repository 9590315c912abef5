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

describe("structure: title-cased sentence titles in extracted text", () => {
  it("reads title-cased sentences above their bodies as titles (Amazon's style once its bold is gone), a heading above them as a group, and joins a bullet left on its own line to its item", () => {
    const content = [
      "Please carefully consider the following discussion of significant factors, events, and uncertainties.",
      "",
      "Business and Industry Risks",
      "",
      "We Face Intense Competition",
      "",
      body("market"),
      "",
      "Our International Operations Expose Us to a Number of Risks",
      "",
      "Our international sales and operations are subject to a number of risks, including:",
      "",
      "•",
      "",
      "local economic and political conditions;",
      "",
      "•",
      "",
      "geopolitical events, including war and terrorism.",
      "",
      "Operating Risks",
      "",
      "We Have Foreign Exchange Risk",
      "",
      body("currency"),
    ].join("\n");
    const analysis = analyzeFiling({ content, fileName: "amazon-like.txt" });
    expect(findInvariantViolation(analysis)).toBeUndefined();
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "We Face Intense Competition",
      "Our International Operations Expose Us to a Number of Risks",
      "We Have Foreign Exchange Risk",
    ]);
    expect(blockTexts(analysis, "groupHeader")).toEqual(["Business and Industry Risks", "Operating Risks"]);
    expect(blockTexts(analysis, "listItem")).toEqual([
      "• local economic and political conditions;",
      "• geopolitical events, including war and terrorism.",
    ]);
  });
});

describe("structure: a 20-F's one-sentence titles, one paragraph a line", () => {
  it("where such titles are the pattern, also takes those that open like a continuation or echo the title before", () => {
    const topics = [
      "pricing",
      "customers",
      "suppliers",
      "royalties",
      "licensing",
      "talent",
      "currency",
      "taxes",
      "litigation",
      "security",
    ];
    const lines = ["Risk Factors", "Risks Relating to Our Business and Industry"];
    for (const topic of topics)
      lines.push(
        `Changes in our ${topic} could harm our results of operations.`,
        body(topic) + " " + body(topic),
      );
    lines.push(
      "Holders of ADSs are not treated as holders of our ordinary shares.",
      body("depositary") + " " + body("deposit agreement"),
      "Holders of ADSs may be subject to limitations on the transfer of their ADSs.",
      body("transfer books") + " " + body("withdrawal"),
      "There may be risks associated with organic growth or growth from acquisitions we make.",
      body("growth") + " " + body("headcount"),
      "As a foreign private issuer, we are exempt from a number of rules under the U.S. securities laws.",
      body("exemptions") + " " + body("reports"),
    );
    const analysis = analyzeFiling({ content: lines.join("\n"), fileName: "arm-like.txt" });
    expect(findInvariantViolation(analysis)).toBeUndefined();
    expect(analysis.riskFactors.map((r) => r.title).slice(10)).toEqual([
      "Holders of ADSs are not treated as holders of our ordinary shares.",
      "Holders of ADSs may be subject to limitations on the transfer of their ADSs.",
      "There may be risks associated with organic growth or growth from acquisitions we make.",
      "As a foreign private issuer, we are exempt from a number of rules under the U.S. securities laws.",
    ]);
    expect(analysis.riskFactors).toHaveLength(14);
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

describe("structure: failure classes of filings nobody here had seen (issue #15)", () => {
  const riskBody = (topic: string): string =>
    `Our results depend on ${topic}. A change there could reduce our revenue and margins, and we cannot predict when it will happen or how large it will be.`;

  it("finds a sentence-case 'Risk factors' sub-heading underlined with dashes inside Item 3 of a text 20-F", () => {
    const content = [
      "ITEM 3.  KEY INFORMATION",
      "",
      "Selected financial data",
      "-----------------------",
      "",
      "The table below presents selected financial data for the five years ended December 31, 2003.",
      "",
      "Risk factors",
      "------------",
      "",
      "Currency Risks and Dilution to Holders",
      "",
      riskBody("the euro"),
      "",
      "Further declines in the price of copper could reduce our revenues",
      "",
      riskBody("copper prices"),
      "",
      "ITEM 4.  INFORMATION ON THE COMPANY",
      "",
      "We mine copper.",
    ].join("\n");
    const analysis = analyzeFiling({ content, fileName: "minco-20f.txt" });
    expect(findInvariantViolation(analysis)).toBeUndefined();
    expect(analysis.sections.map((s) => [s.label, s.title, s.level])).toEqual([
      ["3", "KEY INFORMATION", 2],
      ["", "Risk factors", 3],
      ["4", "INFORMATION ON THE COMPANY", 2],
    ]);
    // A title naming "risks" above its body is a title; a title without a final period and one
    // starting "Further" are titles too.
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "Currency Risks and Dilution to Holders",
      "Further declines in the price of copper could reduce our revenues",
    ]);
  });

  it("keeps titles that say 'risk', 'also', or are followed by a linking phrase; not body sentences", () => {
    const content = [
      "Item 1A. Risk Factors",
      "",
      "Investing in our ADSs carries a high degree of risk.",
      "",
      riskBody("investor appetite"),
      "",
      "Our competitors may also consolidate, which could reduce our market share.",
      "",
      `Besides the factors above, our results depend on consolidation. ${riskBody("mergers")}`,
      "",
      "These factors could materially harm our results.",
      "",
      riskBody("the items above"),
      "",
      "We depend on a small number of customers for most of our revenue.",
      "",
      riskBody("five customers"),
    ].join("\n");
    const analysis = analyzeFiling({ content, fileName: "a.txt" });
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "Investing in our ADSs carries a high degree of risk.",
      "Our competitors may also consolidate, which could reduce our market share.",
      "We depend on a small number of customers for most of our revenue.",
    ]);
    expect(blockTexts(analysis, "groupHeader")).toEqual([]);
  });

  it("takes a sentence in capitals on its own for a title however it opens (24Holdings 10-KSB 2007)", () => {
    const content = [
      "RISK FACTORS",
      "",
      "THERE MAY BE CONFLICTS OF INTEREST BETWEEN OUR MANAGEMENT AND OUR NON-MANAGEMENT STOCKHOLDERS.",
      "",
      riskBody("how management weighs its own interests"),
      "",
      "There may be other matters we have not described. " + riskBody("matters not described here"),
    ].join("\n");
    const analysis = analyzeFiling({ content, fileName: "k.txt" });
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "THERE MAY BE CONFLICTS OF INTEREST BETWEEN OUR MANAGEMENT AND OUR NON-MANAGEMENT STOCKHOLDERS.",
    ]);
  });

  it("ignores a page's running header ('Item 7') between run-in titles (Microsoft 10-K 2002)", () => {
    const html = [
      "<p><b>Item 7. Management's Discussion and Analysis</b></p>",
      "<p>Revenue grew in fiscal 2002 as described in the tables of this section of the report.</p>",
      "<p><b>ISSUES AND UNCERTAINTIES</b></p>",
      "<p><b>New Products and Services.</b> The Company has made significant investments in new products, which may not succeed in the market.</p>",
      "<p>Item 7</p>",
      "<p><b>Litigation.</b> The Company is subject to a variety of claims and lawsuits, and adverse outcomes could harm its results.</p>",
      "<p><b>Item 7A. Quantitative and Qualitative Disclosures About Market Risk</b></p>",
    ].join("");
    const analysis = analyzeFiling({ content: html, fileName: "msft.htm" });
    expect(analysis.sections.map((s) => [s.label, s.title])).toEqual([
      ["7", "Management's Discussion and Analysis"],
      ["", "ISSUES AND UNCERTAINTIES"],
      ["7A", "Quantitative and Qualitative Disclosures About Market Risk"],
    ]);
    expect(analysis.riskFactors.map((r) => r.title)).toEqual(["New Products and Services.", "Litigation."]);
  });

  it("drops a running head ('Part I' / 'Item 1') under each page's contents link, and joins what it split (Microsoft 10-K 2005)", () => {
    const pageHead =
      '<p style="page-break-before:always"></p><hr><h5><a href="#toc">Table of Contents</a></h5>' +
      '<p align="center">Part I</p><p align="center">Item 1</p>';
    const risk = (title: string, body: string) => `<p><b>${title}</b> ${body}</p>`;
    const html = [
      '<p align="center"><b>RISK FACTORS</b></p>',
      risk(
        "We face intense competition.",
        "Competitors with greater resources may take share from us in every market we serve.",
      ),
      "<p>We have made and expect to</p>",
      pageHead,
      "<p>continue making significant expenditures to acquire the use of technology.</p>",
      risk(
        "Our source code may be copied.",
        "An unauthorized disclosure of source code could let others build similar products.",
      ),
      pageHead,
      risk(
        "Security vulnerabilities could lead to liability.",
        "Attackers may exploit flaws in our products and services.",
      ),
      pageHead,
      risk("We have limited insurance.", "We may not be insured against losses from every kind of event."),
      pageHead,
      risk(
        "Other risks may affect our business.",
        "Other factors beyond those described here may affect our results.",
      ),
      '<p align="center"><b>EXECUTIVE OFFICERS OF THE REGISTRANT</b></p>',
      "<p>Our executive officers are listed below with their ages and positions.</p>",
    ].join("");
    const analysis = analyzeFiling({ content: html, fileName: "msft-2005.htm" });
    expect(analysis.text).not.toMatch(/\bItem 1\b|\bPart I\b/);
    expect(analysis.text).toContain("We have made and expect to continue making significant expenditures");
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "We face intense competition.",
      "Our source code may be copied.",
      "Security vulnerabilities could lead to liability.",
      "We have limited insurance.",
      "Other risks may affect our business.",
    ]);
  });

  it("a bare centred risk section keeps its centred group headers ('RISKS RELATED TO …') inside it", () => {
    const risk = (title: string, body: string) => `<p><b>${title}</b> ${body}</p>`;
    const html = [
      "<p>Some business description of the company goes here in a sentence.</p>",
      '<p align="center"><b>RISK FACTORS</b></p>',
      "<p>An investment in our stock involves risks. Consider these.</p>",
      '<p align="center"><b>RISKS RELATED TO OUR BUSINESS</b></p>',
      risk(
        "We face intense competition.",
        "Competitors with greater resources may take share from us in every market.",
      ),
      risk(
        "Our source code may be copied.",
        "An unauthorized disclosure could let others build similar products.",
      ),
      '<p align="center"><b>RISKS RELATED TO OUR STOCK</b></p>',
      risk(
        "Our stock price may be volatile.",
        "The price may go up and down for many reasons beyond our control.",
      ),
      '<p align="center"><b>EXECUTIVE OFFICERS OF THE REGISTRANT</b></p>',
      "<p>Our executive officers are listed below with their ages and positions.</p>",
    ].join("");
    const analysis = analyzeFiling({ content: html, fileName: "x.htm" });
    expect(analysis.sections.map((s) => s.title)).toEqual([
      "RISK FACTORS",
      "EXECUTIVE OFFICERS OF THE REGISTRANT",
    ]);
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "We face intense competition.",
      "Our source code may be copied.",
      "Our stock price may be volatile.",
    ]);
  });

  it("an Item label over its title line is a heading even where the same label heads pages", () => {
    const pageHead = (part: string, item: string) =>
      '<p style="page-break-before:always"></p><hr><h5><a href="#toc">Table of Contents</a></h5>' +
      `<p align="center">${part}</p><p align="center">${item}</p>`;
    const para = (n: number) =>
      `<p>Paragraph ${n} of the discussion has several words and ends with a period here.</p>`;
    const html = [
      '<p align="center"><b>ITEM 1</b></p>',
      '<p align="center"><b>BUSINESS</b></p>',
      para(1),
      pageHead("Part I", "Item 1"),
      para(2),
      '<p align="center"><b>ITEM 1A</b></p>',
      '<p align="center"><b>RISK FACTORS</b></p>',
      "<p><b>We face intense competition.</b> Competitors with greater resources may take share from us.</p>",
      pageHead("Part I", "Item 1A"),
      "<p><b>Our code may be copied.</b> Disclosure of source code could let others build products.</p>",
      '<p align="center"><b>ITEM 2</b></p>',
      '<p align="center"><b>PROPERTIES</b></p>',
      para(3),
      pageHead("Part I", "Item 2"),
      para(4),
    ].join("");
    const analysis = analyzeFiling({ content: html, fileName: "x.htm" });
    expect(analysis.sections.map((s) => s.title)).toEqual(["BUSINESS", "RISK FACTORS", "PROPERTIES"]);
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "We face intense competition.",
      "Our code may be copied.",
    ]);
  });

  it("tells group headings from phrase titles by structure, not by the word 'risks'", () => {
    const content = [
      "Item 1A. Risk Factors",
      "",
      "Competition",
      "",
      riskBody("pricing"),
      "",
      "Global Market Risks",
      "",
      riskBody("exchange rates"),
      "",
      "Inventory",
      "",
      riskBody("component supply"),
    ].join("\n");
    const analysis = analyzeFiling({ content, fileName: "apple-like.txt" });
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "Competition",
      "Global Market Risks",
      "Inventory",
    ]);
    expect(blockTexts(analysis, "groupHeader")).toEqual([]);
  });

  it("reads short bold run-in titles closed by a period or a colon (Bank of America 10-K 2006, Magna AIF 2025)", () => {
    const html = [
      "<p><b>Item 1A. Risk Factors</b></p>",
      "<p><b>Credit risk.</b> When we loan money we are exposed to the risk that borrowers will not repay it, and our reserves may not cover what they fail to pay.</p>",
      "<p><b><i>Interest Rates</i></b>: Key lending rates remain elevated compared to recent years, which may raise our cost of borrowing and reduce vehicle demand.</p>",
      "<p>Our reserves are estimates. <b>Nothing</b> here is a title.</p>",
    ].join("");
    const analysis = analyzeFiling({ content: html, fileName: "b.htm" });
    expect(analysis.riskFactors.map((r) => r.title)).toEqual(["Credit risk.", "Interest Rates:"]);
  });

  it("does not take an italic quotation in a one-cell table for a title", () => {
    const html = [
      "<p><b>Item 1A. Risk Factors</b></p>",
      "<p><b>Our auditors have expressed doubt about our ability to continue as a going concern.</b></p>",
      "<p>Our auditors included the following paragraph in their report on our financial statements, which may make it harder to raise money:</p>",
      "<table><tr><td><p><i>“The Company has suffered recurring losses from operations that raise substantial doubt about its ability to continue as a going concern.”</i></p></td></tr></table>",
      "<p>We may not be able to raise the capital we need on acceptable terms, or at all, and our shareholders may lose their investment.</p>",
      "<p><b>We depend on our founder.</b></p>",
      "<p>The loss of our founder would harm our business, as would any change in his role or his time devoted to us.</p>",
    ].join("");
    const analysis = analyzeFiling({ content: html, fileName: "q.htm" });
    expect(analysis.riskFactors.map((r) => r.title)).toEqual([
      "Our auditors have expressed doubt about our ability to continue as a going concern.",
      "We depend on our founder.",
    ]);
  });
});
