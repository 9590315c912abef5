import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { checkNarrativeFigures } from "./checks";
import {
  companyFactsOfFiling,
  MAX_COMPANY_FACTS_CHARS,
  parseCompanyFacts,
  type CompanyFacts,
} from "./company-facts";

/**
 * A small companyfacts document in EDGAR's shape, **constructed** for these tests (an invented
 * company, CIK 9999999, and invented accession numbers): a fiscal year ending on the last
 * Sunday of January, an annual report for fiscal 2024 (filed 2024-02-21) whose revenue
 * (60,922,000,000) the next annual report re-reports, shares, per-share and ratio units, an
 * instant on the cover and a quarter inside the year. The real document's slice is
 * lib/edgar/__fixtures__/api/xbrl/companyfacts/CIK0001318605.json (see its SOURCES.md).
 */
const FY2024 = "0009999999-24-000010";
const FY2025 = "0009999999-25-000012";
const Q3_2024 = "0009999999-23-000087";
const entry = (accn: string, fields: Record<string, unknown>) => ({
  accn,
  fy: accn === FY2025 ? 2025 : 2024,
  fp: accn === Q3_2024 ? "Q3" : "FY",
  form: accn === Q3_2024 ? "10-Q" : "10-K",
  filed: { [FY2024]: "2024-02-21", [FY2025]: "2025-02-26", [Q3_2024]: "2023-11-21" }[accn],
  ...fields,
});
const constructed = {
  cik: 9999999,
  entityName: "EXAMPLE SEMICONDUCTOR CORP",
  facts: {
    dei: {
      EntityCommonStockSharesOutstanding: {
        label: "Entity Common Stock, Shares Outstanding",
        units: { shares: [entry(FY2024, { end: "2024-02-16", val: 2_464_000_000 })] },
      },
    },
    "us-gaap": {
      Revenues: {
        label: "Revenues",
        description: "Amount of revenue recognized from goods sold, services rendered…",
        units: {
          USD: [
            entry(FY2024, { start: "2022-01-31", end: "2023-01-29", val: 26_974_000_000 }),
            entry(FY2025, { start: "2023-01-30", end: "2024-01-28", val: 60_922_000_000, frame: "CY2023" }),
            entry(FY2024, { start: "2023-01-30", end: "2024-01-28", val: 60_922_000_000 }),
            entry(Q3_2024, { start: "2023-07-31", end: "2023-10-29", val: 18_120_000_000 }),
            entry(FY2024, { start: "2023-10-30", end: "2024-01-28", val: 22_103_000_000 }),
            entry(FY2025, { start: "2024-01-29", end: "2025-01-26", val: 130_497_000_000 }),
          ],
        },
      },
      EarningsPerShareDiluted: {
        label: "Earnings Per Share, Diluted",
        units: {
          "USD/shares": [
            entry(FY2024, { start: "2023-01-30", end: "2024-01-28", val: 11.93 }),
            // The same year after a ten-for-one split.
            entry(FY2025, { start: "2023-01-30", end: "2024-01-28", val: 1.19 }),
          ],
        },
      },
      CashAndCashEquivalentsAtCarryingValue: {
        label: "Cash and Cash Equivalents, at Carrying Value",
        units: {
          USD: [
            entry(FY2024, { end: "2023-01-29", val: 3_389_000_000 }),
            entry(FY2024, { end: "2024-01-28", val: 7_280_000_000 }),
            entry(FY2025, { end: "2024-01-28", val: 7_280_000_000 }),
          ],
        },
      },
      EffectiveIncomeTaxRateContinuingOperations: {
        label: "Effective Income Tax Rate Reconciliation, Percent",
        units: { pure: [entry(FY2024, { start: "2023-01-30", end: "2024-01-28", val: 0.12 })] },
      },
    },
  },
};

function parsed(json: unknown): CompanyFacts {
  const result = parseCompanyFacts(JSON.stringify(json));
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

const tesla = parsed(
  JSON.parse(readFileSync("lib/edgar/__fixtures__/api/xbrl/companyfacts/CIK0001318605.json", "utf8")),
);
const TESLA_10K_2018 = { form: "10-K", periodOfReport: "2018-12-31", filingDate: "2019-02-19" };

/** The chosen facts as "concept unit period = value" lines, for readable expectations. */
const lines = (facts: ReturnType<typeof companyFactsOfFiling>["facts"]) =>
  facts.map(
    (fact) =>
      `${fact.concept} ${fact.unit} ${
        "instant" in fact.period
          ? fact.period.instant
          : "start" in fact.period
            ? `${fact.period.start}..${fact.period.end}`
            : "forever"
      } = ${String(fact.value)}`,
  );

describe("parseCompanyFacts", () => {
  it("reads EDGAR's shape, the CIK zero-padded", () => {
    const document = parsed(constructed);
    expect(document.cik).toBe("0009999999");
    expect(document.entityName).toBe("EXAMPLE SEMICONDUCTOR CORP");
    expect(Object.keys(document.facts)).toEqual(["dei", "us-gaap"]);
  });

  it("refuses what is not JSON, not its shape, or too large, saying why", () => {
    expect(parseCompanyFacts("<html>Not Found</html>")).toEqual({
      ok: false,
      message: "The company's facts are not JSON.",
    });
    const noFacts = parseCompanyFacts(JSON.stringify({ cik: 320193, entityName: "X" }));
    expect(noFacts.ok).toBe(false);
    expect(!noFacts.ok && noFacts.message).toMatch(/not in EDGAR's companyfacts shape \(facts: /);
    expect(parseCompanyFacts(JSON.stringify([1, 2])).ok).toBe(false);
    expect(parseCompanyFacts(JSON.stringify({ cik: "ten", facts: {} })).ok).toBe(false);
    const huge = parseCompanyFacts(" ".repeat(MAX_COMPANY_FACTS_CHARS + 1));
    expect(huge).toEqual({
      ok: false,
      message: expect.stringMatching(/^The company's facts are 64 MB, more than the 64 MB read\.$/),
    });
  });
});

describe("companyFactsOfFiling", () => {
  it("takes the facts the filing's accession reported, each as that accession reported it", () => {
    const chosen = companyFactsOfFiling(parsed(constructed), {
      accessionNumber: "000999999924000010", // without dashes, as in EDGAR's folder names
      form: "10-K",
      periodOfReport: "2024-01-28",
    });
    expect(chosen.matchedBy).toBe("accession");
    expect(lines(chosen.facts)).toEqual([
      "dei:EntityCommonStockSharesOutstanding shares 2024-02-16 = 2464000000",
      "us-gaap:Revenues USD 2022-01-31..2023-01-29 = 26974000000",
      "us-gaap:Revenues USD 2023-01-30..2024-01-28 = 60922000000",
      "us-gaap:Revenues USD 2023-10-30..2024-01-28 = 22103000000",
      // As filed, not the split-adjusted 1.19 of the next year's report.
      "us-gaap:EarningsPerShareDiluted USD/shares 2023-01-30..2024-01-28 = 11.93",
      "us-gaap:CashAndCashEquivalentsAtCarryingValue USD 2023-01-29 = 3389000000",
      "us-gaap:CashAndCashEquivalentsAtCarryingValue USD 2024-01-28 = 7280000000",
      "us-gaap:EffectiveIncomeTaxRateContinuingOperations pure 2023-01-30..2024-01-28 = 0.12",
    ]);
    expect(chosen.facts[0]).toEqual({
      concept: "dei:EntityCommonStockSharesOutstanding",
      value: 2_464_000_000,
      unit: "shares",
      period: { instant: "2024-02-16" },
      dimensions: {},
      entity: "0009999999",
      hidden: true,
      displayed: "",
      kind: "nonFraction",
    });
    expect(chosen.facts.every((fact) => fact.decimals === undefined)).toBe(true);
  });

  it("falls back on the period of report when the accession is unknown or not in the document", () => {
    for (const accessionNumber of [null, "0009999999-24-999999"]) {
      const chosen = companyFactsOfFiling(parsed(constructed), {
        accessionNumber,
        form: "10-K",
        periodOfReport: "2024-01-28",
        filingDate: "2024-02-21",
      });
      expect(chosen.matchedBy).toBe("period");
      // The year's spans and the instants at its end, and the year before's: not the fourth
      // quarter, the next year, nor the cover's instant.
      expect(lines(chosen.facts)).toEqual([
        "us-gaap:Revenues USD 2022-01-31..2023-01-29 = 26974000000",
        "us-gaap:Revenues USD 2023-01-30..2024-01-28 = 60922000000",
        "us-gaap:EarningsPerShareDiluted USD/shares 2023-01-30..2024-01-28 = 11.93",
        "us-gaap:CashAndCashEquivalentsAtCarryingValue USD 2023-01-29 = 3389000000",
        "us-gaap:CashAndCashEquivalentsAtCarryingValue USD 2024-01-28 = 7280000000",
        "us-gaap:EffectiveIncomeTaxRateContinuingOperations pure 2023-01-30..2024-01-28 = 0.12",
      ]);
    }
  });

  it("takes spans of up to a year ending at a quarterly report's period", () => {
    const chosen = companyFactsOfFiling(parsed(constructed), { form: "10-Q", periodOfReport: "2023-10-29" });
    expect(lines(chosen.facts)).toEqual(["us-gaap:Revenues USD 2023-07-31..2023-10-29 = 18120000000"]);
  });

  it("chooses nothing without an accession it reported or a period", () => {
    const document = parsed(constructed);
    expect(companyFactsOfFiling(document, { form: "10-K" })).toEqual({
      facts: [],
      matchedBy: null,
      unreadable: 0,
    });
    expect(
      companyFactsOfFiling(document, { form: "10-K", periodOfReport: "2009-12-31" }).matchedBy,
    ).toBeNull();
    expect(companyFactsOfFiling(document, { form: "10-K", periodOfReport: "not a date" }).facts).toEqual([]);
  });

  it("skips entries and concepts it cannot read, and counts them", () => {
    const broken = structuredClone(constructed) as unknown as {
      facts: Record<string, Record<string, unknown>>;
    };
    const revenues = broken.facts["us-gaap"]!.Revenues as { units: { USD: unknown[] } };
    revenues.units.USD.push(
      { ...(revenues.units.USD[0] as object), val: "26,974" },
      { accn: FY2024, end: "last year", val: 1 },
      null,
    );
    broken.facts["us-gaap"]!.GrossProfit = { label: "Gross Profit", units: "USD" };
    broken.facts["not a taxonomy!"] = { Revenues: { units: { USD: [] } } };
    const chosen = companyFactsOfFiling(parsed(broken), { accessionNumber: FY2024, form: "10-K" });
    expect(chosen.facts).toHaveLength(8);
    expect(chosen.unreadable).toBe(3);
  });

  describe("on a slice of Tesla's real document", () => {
    it("takes the 10-K for 2018's facts as it filed them, not as later filings re-rounded or restated them", () => {
      const chosen = companyFactsOfFiling(tesla, {
        ...TESLA_10K_2018,
        accessionNumber: "0001564590-19-003165",
      });
      expect(chosen.matchedBy).toBe("accession");
      expect(lines(chosen.facts)).toEqual([
        "dei:EntityCommonStockSharesOutstanding shares 2019-02-12 = 172721487",
        "dei:EntityPublicFloat USD 2018-06-30 = 46570000000",
        "us-gaap:CashAndCashEquivalentsAtCarryingValue USD 2017-12-31 = 3367914000",
        "us-gaap:CashAndCashEquivalentsAtCarryingValue USD 2018-12-31 = 3685618000",
        "us-gaap:EarningsPerShareDiluted USD/shares 2017-01-01..2017-12-31 = -11.83",
        "us-gaap:EarningsPerShareDiluted USD/shares 2018-01-01..2018-12-31 = -5.72",
        "us-gaap:EffectiveIncomeTaxRateReconciliationAtFederalStatutoryIncomeTaxRate pure 2017-01-01..2017-12-31 = 0.35",
        "us-gaap:EffectiveIncomeTaxRateReconciliationAtFederalStatutoryIncomeTaxRate pure 2018-01-01..2018-12-31 = 0.21",
        "us-gaap:Revenues USD 2017-01-01..2017-12-31 = 11758751000",
        "us-gaap:Revenues USD 2017-10-01..2017-12-31 = 3288249000",
        "us-gaap:Revenues USD 2018-07-01..2018-09-30 = 6824413000",
        "us-gaap:Revenues USD 2018-01-01..2018-12-31 = 21461268000",
        "us-gaap:Revenues USD 2018-10-01..2018-12-31 = 7225873000",
      ]);
    });

    it("by period, takes each value as filed nearest after the filing: the 10-K's own, not the re-reports", () => {
      const chosen = companyFactsOfFiling(tesla, TESLA_10K_2018);
      expect(chosen.matchedBy).toBe("period");
      expect(lines(chosen.facts)).toEqual([
        "us-gaap:CashAndCashEquivalentsAtCarryingValue USD 2017-12-31 = 3367914000",
        "us-gaap:CashAndCashEquivalentsAtCarryingValue USD 2018-12-31 = 3685618000",
        "us-gaap:EarningsPerShareDiluted USD/shares 2017-01-01..2017-12-31 = -11.83",
        "us-gaap:EarningsPerShareDiluted USD/shares 2018-01-01..2018-12-31 = -5.72",
        "us-gaap:EffectiveIncomeTaxRateReconciliationAtFederalStatutoryIncomeTaxRate pure 2017-01-01..2017-12-31 = 0.35",
        "us-gaap:EffectiveIncomeTaxRateReconciliationAtFederalStatutoryIncomeTaxRate pure 2018-01-01..2018-12-31 = 0.21",
        "us-gaap:Revenues USD 2017-01-01..2017-12-31 = 11758751000",
        "us-gaap:Revenues USD 2018-01-01..2018-12-31 = 21461268000",
      ]);
      // Without a filing date: as first filed after the period (the 10-K's own here too).
      expect(lines(companyFactsOfFiling(tesla, { ...TESLA_10K_2018, filingDate: null }).facts)).toEqual(
        lines(chosen.facts),
      );
    });

    it("takes the values as the next report filed them for a filing from after its facts were filed", () => {
      // A copy imported long after: the nearest filing after 2021-01-01 is the 10-K for 2020.
      const chosen = companyFactsOfFiling(tesla, { ...TESLA_10K_2018, filingDate: "2021-01-01" });
      expect(lines(chosen.facts)).toContain(
        "us-gaap:EarningsPerShareDiluted USD/shares 2018-01-01..2018-12-31 = -1.14",
      );
      // None filed after 2023: the latest.
      const late = companyFactsOfFiling(tesla, { ...TESLA_10K_2018, filingDate: "2023-06-01" });
      expect(lines(late.facts)).toContain(
        "us-gaap:CashAndCashEquivalentsAtCarryingValue USD 2018-12-31 = 3686000000",
      );
    });
  });
});

describe("narrative figures checked against a company's facts", () => {
  const text = [
    "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS",
    "Revenue for fiscal 2024 was $60.9 billion, up 126% from a year ago.",
    "Total revenue was $61,500 million in fiscal 2024.",
  ].join("\n\n");

  it("links $60.9 billion of revenue to 60,922,000,000 and flags $61,500 million, within the figure's own rounding", () => {
    const analysis = analyzeFiling({ content: text, fileName: "mdna.txt" });
    const { facts } = companyFactsOfFiling(parsed(constructed), {
      form: "10-K",
      periodOfReport: "2024-01-28",
    });
    const checks = checkNarrativeFigures({ ...analysis, facts });
    const revenue2024 = facts.findIndex(
      (fact) => fact.concept === "us-gaap:Revenues" && fact.value === 60_922_000_000,
    );
    expect(checks).toEqual([
      expect.objectContaining({
        status: "agrees",
        text: "$60.9 billion",
        financial: "revenue",
        facts: [revenue2024],
        message: "Agrees with Revenues (us-gaap:Revenues, 2024-01-28)",
      }),
      expect.objectContaining({ status: "disagrees", text: "$61,500 million", financial: "revenue" }),
    ]);
  });

  it("links Tesla's cash of $3.7 billion and $3,685.6 million to its 10-K's own value", () => {
    const content =
      "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS\n\nAs of December 31, 2018, we had $3.7 billion of cash and cash equivalents.\n\nOur cash and cash equivalents were $3,685.6 million at the end of 2018.\n";
    const analysis = analyzeFiling({ content, fileName: "tesla.txt" });
    const checks = checkNarrativeFigures({
      ...analysis,
      facts: companyFactsOfFiling(tesla, TESLA_10K_2018).facts,
    });
    expect(checks.map((check) => [check.text, check.status])).toEqual([
      ["$3.7 billion", "agrees"],
      // 3,686,000,000 (as re-reported later) would not round to it.
      ["$3,685.6 million", "agrees"],
    ]);
  });
});
