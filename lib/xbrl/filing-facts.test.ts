import { describe, expect, it } from "vitest";
import { readFilingFacts } from "./filing-facts";

const html = (
  body: string,
) => `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance">
<body><div style="display:none"><ix:header><ix:resources>
<xbrli:context id="FY"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier></xbrli:entity>
<xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
</ix:resources></ix:header></div>${body}</body></html>`;

const revenue = (shown: string, scale: number, decimals: number) =>
  `<ix:nonFraction name="us-gaap:Revenues" contextRef="FY" unitRef="usd" scale="${scale}" decimals="${decimals}" format="ixt:num-dot-decimal">${shown}</ix:nonFraction>`;

describe("readFilingFacts", () => {
  it("reports a fact tagged twice: consistent within the coarser rounding, or not", () => {
    const text = "Revenue 130,497 million. Revenue 130,497,123 thousand. Revenue 131,000 million.";
    const consistent = readFilingFacts(
      html(
        `<p>Revenue ${revenue("130,497", 6, -6)} million. Revenue ${revenue("130,497,123", 3, -3)} thousand.</p>`,
      ),
      text,
    );
    expect(consistent.duplicates).toEqual([
      expect.objectContaining({
        concept: "us-gaap:Revenues",
        facts: [0, 1],
        inconsistent: false,
        unit: "USD",
      }),
    ]);
    const inconsistent = readFilingFacts(
      html(
        `<p>Revenue ${revenue("130,497", 6, -6)} million. Revenue ${revenue("131,000", 6, -6)} million.</p>`,
      ),
      text,
    );
    expect(inconsistent.duplicates[0]?.inconsistent).toBe(true);
    // Each placed where its text is shown.
    expect(inconsistent.facts.map((fact) => text.slice(fact.start, fact.end))).toEqual([
      "130,497",
      "131,000",
    ]);
  });
});
