import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isInlineXbrl, parseInlineXbrl } from "./parse-inline-xbrl";

/** A small inline XBRL document with the parts a filing uses, bound to its usual prefixes. */
function document(body: string, header = "", prefixes = { ix: "ix", xbrli: "xbrli" }) {
  const { ix, xbrli } = prefixes;
  return `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:${ix}="http://www.xbrl.org/2013/inlineXBRL"
  xmlns:${xbrli}="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
  xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:us-gaap="http://fasb.org/us-gaap/2024"
  xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<body><div style="display:none"><${ix}:header>
  <${ix}:hidden>
    <${ix}:nonNumeric name="dei:AmendmentFlag" contextRef="FY2024">false</${ix}:nonNumeric>
  </${ix}:hidden>
  <${ix}:resources>
    <${xbrli}:context id="FY2024"><${xbrli}:entity><${xbrli}:identifier scheme="http://www.sec.gov/CIK">0001045810</${xbrli}:identifier></${xbrli}:entity>
      <${xbrli}:period><${xbrli}:startDate>2024-01-29</${xbrli}:startDate><${xbrli}:endDate>2025-01-26</${xbrli}:endDate></${xbrli}:period></${xbrli}:context>
    <${xbrli}:context id="I2025"><${xbrli}:entity><${xbrli}:identifier scheme="http://www.sec.gov/CIK">0001045810</${xbrli}:identifier></${xbrli}:entity>
      <${xbrli}:period><${xbrli}:instant>2025-01-26</${xbrli}:instant></${xbrli}:period></${xbrli}:context>
    <${xbrli}:context id="FY2024_DC"><${xbrli}:entity><${xbrli}:identifier scheme="http://www.sec.gov/CIK">0001045810</${xbrli}:identifier>
      <${xbrli}:segment><xbrldi:explicitMember dimension="us-gaap:StatementBusinessSegmentsAxis">nvda:DataCenterMember</xbrldi:explicitMember>
      <xbrldi:typedMember dimension="us-gaap:ContractTermAxis"><us-gaap:Term>P3Y</us-gaap:Term></xbrldi:typedMember></${xbrli}:segment></${xbrli}:entity>
      <${xbrli}:period><${xbrli}:startDate>2024-01-29</${xbrli}:startDate><${xbrli}:endDate>2025-01-26</${xbrli}:endDate></${xbrli}:period></${xbrli}:context>
    <${xbrli}:unit id="usd"><${xbrli}:measure>iso4217:USD</${xbrli}:measure></${xbrli}:unit>
    <${xbrli}:unit id="usdPerShare"><${xbrli}:divide><${xbrli}:unitNumerator><${xbrli}:measure>iso4217:USD</${xbrli}:measure></${xbrli}:unitNumerator>
      <${xbrli}:unitDenominator><${xbrli}:measure>xbrli:shares</${xbrli}:measure></${xbrli}:unitDenominator></${xbrli}:divide></${xbrli}:unit>
    ${header}
  </${ix}:resources>
</${ix}:header></div>
${body}
</body></html>`;
}

describe("parseInlineXbrl", () => {
  it("reads a number's scale, sign, decimals, unit and period, and a divide unit", () => {
    const { facts, problems } = parseInlineXbrl(
      document(`<p>Revenue was $<ix:nonFraction name="us-gaap:Revenues" contextRef="FY2024" unitRef="usd" decimals="-6" scale="6" format="ixt:num-dot-decimal">130,497</ix:nonFraction> million;
        a loss of <ix:nonFraction name="us-gaap:OtherNonoperatingIncomeExpense" contextRef="FY2024" unitRef="usd" decimals="-6" scale="6" sign="-" format="ixt:num-dot-decimal">(1,034)</ix:nonFraction>.
        Diluted EPS <ix:nonFraction name="us-gaap:EarningsPerShareDiluted" contextRef="FY2024" unitRef="usdPerShare" decimals="2" format="ixt:num-dot-decimal">2.94</ix:nonFraction>.
        Margin <ix:nonFraction name="us-gaap:GrossMargin" contextRef="FY2024" unitRef="usd" decimals="INF" scale="-2" format="ixt:num-dot-decimal">7</ix:nonFraction>%</p>`),
    );
    expect(problems).toEqual([]);
    const [revenue, loss, eps, margin] = facts.filter((fact) => fact.kind === "nonFraction");
    expect(revenue).toMatchObject({
      concept: "us-gaap:Revenues",
      value: 130_497_000_000,
      unit: "USD",
      decimals: -6,
      period: { start: "2024-01-29", end: "2025-01-26" },
      entity: "0001045810",
      dimensions: {},
      hidden: false,
      displayed: "130,497",
    });
    // The parentheses are not part of the value: the sign attribute is.
    expect(loss?.problem).toMatch(/not a number/);
    expect(eps).toMatchObject({ value: 2.94, unit: "USD/shares", decimals: 2 });
    expect(margin).toMatchObject({ value: 0.07, decimals: "INF" });
  });

  it("applies the sign to a number shown without its minus", () => {
    const { facts } = parseInlineXbrl(
      document(
        `<td>(<ix:nonFraction name="us-gaap:NetIncomeLoss" contextRef="FY2024" unitRef="usd" decimals="-3" scale="3" sign="-" format="ixt:num-dot-decimal">1,234</ix:nonFraction>)</td>`,
      ),
    );
    expect(facts.find((fact) => fact.concept === "us-gaap:NetIncomeLoss")?.value).toBe(-1_234_000);
  });

  it("reads explicit and typed dimensions from the context", () => {
    const { facts } = parseInlineXbrl(
      document(
        `<p><ix:nonFraction name="us-gaap:Revenues" contextRef="FY2024_DC" unitRef="usd" decimals="-6" scale="6" format="ixt:num-dot-decimal">115,186</ix:nonFraction></p>`,
      ),
    );
    expect(facts.find((fact) => fact.concept === "us-gaap:Revenues")?.dimensions).toEqual({
      "us-gaap:StatementBusinessSegmentsAxis": "nvda:DataCenterMember",
      "us-gaap:ContractTermAxis": "P3Y",
    });
  });

  it("flags hidden facts, reads nil as null, and transforms text facts", () => {
    const { facts } = parseInlineXbrl(
      document(`<p><ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="FY2024" format="ixt:date-monthname-day-year-en">January 26, 2025</ix:nonNumeric>
        <ix:nonFraction name="us-gaap:Goodwill" contextRef="I2025" unitRef="usd" xsi:nil="true"></ix:nonFraction></p>`),
    );
    expect(facts.find((fact) => fact.concept === "dei:AmendmentFlag")).toMatchObject({
      hidden: true,
      value: "false",
    });
    expect(facts.find((fact) => fact.concept === "dei:DocumentPeriodEndDate")).toMatchObject({
      value: "2025-01-26",
      displayed: "January 26, 2025",
      period: { start: "2024-01-29", end: "2025-01-26" },
    });
    expect(facts.find((fact) => fact.concept === "us-gaap:Goodwill")?.value).toBeNull();
  });

  it("joins a text fact's continuations in order, leaves out its excluded parts, and cuts a loop", () => {
    const { facts, problems } = parseInlineXbrl(
      document(`<div><ix:nonNumeric name="us-gaap:RiskFactorsTextBlock" contextRef="FY2024" continuedAt="c1">Supply may be constrained.<ix:exclude><p>Page 12</p></ix:exclude></ix:nonNumeric></div>
        <p>Unrelated text.</p>
        <ix:continuation id="c1" continuedAt="c2">Demand may fall.</ix:continuation>
        <ix:continuation id="c2" continuedAt="c1">Prices may change.</ix:continuation>`),
    );
    const risk = facts.find((fact) => fact.concept === "us-gaap:RiskFactorsTextBlock");
    expect(risk?.value).toBe("Supply may be constrained. Demand may fall. Prices may change.");
    // What the document shows in the element itself (the excluded page number is shown).
    expect(risk?.displayed).toBe("Supply may be constrained.Page 12");
    expect(problems).toEqual([]);
  });

  it("records a fact inside another's element, and works with other prefixes", () => {
    const { facts } = parseInlineXbrl(
      document(
        `<p><inline:nonNumeric name="us-gaap:DebtTextBlock" contextRef="FY2024">Notes of $<inline:nonFraction name="us-gaap:DebtInstrumentFaceAmount" contextRef="FY2024" unitRef="usd" decimals="-6" scale="6" format="ixt:num-dot-decimal">500</inline:nonFraction> million.</inline:nonNumeric></p>`,
        "",
        { ix: "inline", xbrli: "xi" },
      ),
    );
    const block = facts.findIndex((fact) => fact.concept === "us-gaap:DebtTextBlock");
    const amount = facts.find((fact) => fact.concept === "us-gaap:DebtInstrumentFaceAmount");
    expect(amount).toMatchObject({ value: 500_000_000, within: block, unit: "USD" });
    expect(facts[block]?.value).toBe("Notes of $500 million.");
  });

  it("reports references to contexts and units that are not there", () => {
    const { problems } = parseInlineXbrl(
      document(
        `<ix:nonFraction name="us-gaap:Assets" contextRef="nowhere" unitRef="eur" decimals="0">1</ix:nonFraction>`,
      ),
    );
    expect(problems).toEqual(['us-gaap:Assets: no context "nowhere"', 'us-gaap:Assets: no unit "eur"']);
  });

  it("tells inline XBRL from plain HTML", () => {
    expect(isInlineXbrl(document("<p>x</p>"))).toBe(true);
    expect(isInlineXbrl("<html><body><p>Revenue was $5 million.</p></body></html>")).toBe(false);
  });
});

describe("parseInlineXbrl on real filings", () => {
  it("reads every tagged fact of a whole 10-K (Netflix FY2024, US GAAP)", () => {
    const html = readFileSync("lib/filing/__fixtures__/netflix-10k-fy2024.htm", "utf8");
    const { facts, elementCounts, problems } = parseInlineXbrl(html);
    expect(elementCounts.nonFraction).toBe(html.match(/<ix:nonFraction\b/g)?.length);
    expect(elementCounts.nonNumeric).toBe(html.match(/<ix:nonNumeric\b/g)?.length);
    expect(facts).toHaveLength(elementCounts.nonFraction + elementCounts.nonNumeric);
    expect(problems).toEqual([]);
    expect(facts.filter((fact) => fact.problem)).toEqual([]);
    const total = (concept: string, end: string) =>
      facts.find(
        (fact) =>
          fact.concept === concept &&
          Object.keys(fact.dimensions).length === 0 &&
          "end" in fact.period &&
          fact.period.end === end,
      )?.value;
    // As the income statement shows them (in thousands, and per share).
    expect(total("us-gaap:Revenues", "2024-12-31")).toBe(39_000_966_000);
    expect(total("us-gaap:EarningsPerShareDiluted", "2024-12-31")).toBe(19.83);
  });

  it("reads every tagged fact of a 20-F under IFRS (BetterLife FY2025)", () => {
    const html = readFileSync("lib/filing/__fixtures__/betterlife-20f-fy2025.htm", "utf8");
    const { facts, elementCounts, problems } = parseInlineXbrl(html);
    expect(facts).toHaveLength(
      (html.match(/<ix:nonFraction\b/g)?.length ?? 0) + (html.match(/<ix:nonNumeric\b/g)?.length ?? 0),
    );
    expect(elementCounts.contexts).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(facts.some((fact) => fact.concept.startsWith("ifrs-full:") && fact.unit === "CAD")).toBe(true);
  });
});
