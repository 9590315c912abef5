import { describe, expect, it } from "vitest";
import {
  axisLabel,
  describeFact,
  describeFactValue,
  keyFinancials,
  keyFinancialsHeadings,
  memberLabel,
  shortFactValue,
  type ReaderFact,
} from "./reader-facts";

const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });
const fact = (concept: string, value: ReaderFact["value"], more: Partial<ReaderFact> = {}): ReaderFact => ({
  concept,
  value,
  unit: "USD",
  period: year(2024),
  dimensions: {},
  ...more,
});

describe("describeFact", () => {
  it("names the concept, the period, the value in full with its precision, and each dimension", () => {
    const text = describeFact(
      fact("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", 39_000_966_000, {
        decimals: -6,
        dimensions: { "us-gaap:StatementBusinessSegmentsAxis": "nvda:DataCenterMember" },
      }),
    );
    expect(text.split("\n")).toEqual([
      "Revenue from contract with customer excluding assessed tax (us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax)",
      "1 Jan 2024 to 31 Dec 2024",
      "USD 39,000,966,000, rounded to millions",
      "Business segments: Data center",
    ]);
  });

  it("says an instant, per-share, share and pure values in words", () => {
    expect(describeFact(fact("us-gaap:Assets", 1, { period: { instant: "2025-01-26" } }))).toContain(
      "At 26 Jan 2025",
    );
    expect(describeFactValue({ value: 19.83, unit: "USD/shares" })).toBe("USD 19.83 per share");
    expect(describeFactValue({ value: 427_757_100, unit: "shares" })).toBe("427,757,100 shares");
    expect(describeFactValue({ value: 0.21, unit: "pure" })).toBe("0.21 (21%)");
    expect(describeFactValue({ value: null })).toBe("nil");
  });

  it("reads axes and members; a typed dimension's value stays as it is", () => {
    expect(axisLabel("srt:ProductOrServiceAxis")).toBe("Product or service");
    expect(memberLabel("nflx:StreamingMember")).toBe("Streaming");
    expect(memberLabel("2024-12-31")).toBe("2024-12-31");
  });
});

describe("shortFactValue", () => {
  it("abbreviates for a table cell, the sign before the currency", () => {
    expect(shortFactValue({ value: 39_000_966_000, unit: "USD" })).toBe("$39.0 bn");
    expect(shortFactValue({ value: -176_811_000, unit: "USD" })).toBe("−$176.8 m");
    expect(shortFactValue({ value: 20.28, unit: "USD/shares" })).toBe("$20.28");
    expect(shortFactValue({ value: 427_757_100, unit: "shares" })).toBe("427.8 m shares");
    expect(shortFactValue({ value: 5_000, unit: "EUR" })).toBe("€5,000");
  });
});

describe("keyFinancials", () => {
  it("takes the report's year and the year before, and links each value to where it is shown", () => {
    const rows = keyFinancials([
      fact("dei:DocumentPeriodEndDate", "2024-12-31", { unit: undefined }),
      fact("dei:DocumentFiscalPeriodFocus", "FY", { unit: undefined }),
      // A segment's revenue is not the company's.
      fact("us-gaap:Revenues", 5, { dimensions: { "us-gaap:StatementBusinessSegmentsAxis": "x:AMember" } }),
      fact("us-gaap:Revenues", 39_000, { start: 500, end: 506 }),
      fact("us-gaap:Revenues", 33_700, { period: year(2023), start: 510, end: 516 }),
      fact("us-gaap:Revenues", 9_800, { period: { start: "2024-10-01", end: "2024-12-31" } }),
      fact("us-gaap:Assets", 53_600, { period: { instant: "2024-12-31" } }),
      fact("us-gaap:Assets", 48_700, { period: { instant: "2023-12-31" }, start: 900, end: 906 }),
      fact("dei:EntityCommonStockSharesOutstanding", 427_757_100, {
        unit: "shares",
        period: { instant: "2025-01-17" },
      }),
    ]);
    expect(rows.map((row) => [row.label, row.current.fact.value, row.prior?.fact.value])).toEqual([
      ["Revenue", 39_000, 33_700],
      ["Total assets", 53_600, 48_700],
      ["Shares outstanding", 427_757_100, undefined],
    ]);
    expect(rows[0]!.current.shownAt).toBe(500);
    expect(rows[0]!.prior?.shownAt).toBe(510);
    expect(rows[1]!.current.shownAt).toBeUndefined();
  });

  it("takes a 10-Q's quarter, not its year to date, and the same quarter a year before", () => {
    const rows = keyFinancials([
      fact("dei:DocumentPeriodEndDate", "2025-06-28", { unit: undefined }),
      fact("dei:DocumentFiscalPeriodFocus", "Q3", { unit: undefined }),
      fact("us-gaap:NetIncomeLoss", 70, { period: { start: "2024-09-29", end: "2025-06-28" } }),
      fact("us-gaap:NetIncomeLoss", 23, { period: { start: "2025-03-30", end: "2025-06-28" } }),
      fact("us-gaap:NetIncomeLoss", 21, { period: { start: "2024-03-31", end: "2024-06-29" } }),
      fact("us-gaap:NetIncomeLoss", 79, { period: { start: "2023-10-01", end: "2024-06-29" } }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.current.fact.value).toBe(23);
    expect(rows[0]!.prior?.fact.value).toBe(21);
  });

  it("finds the period from the key financials when the cover page does not say it; none without facts", () => {
    const rows = keyFinancials([
      fact("ifrs-full:Revenue", 10, { unit: "EUR", period: year(2025) }),
      fact("ifrs-full:Revenue", 8, { unit: "EUR", period: year(2024) }),
      // The cover page's count, dated after the period, does not move it.
      fact("dei:EntityCommonStockSharesOutstanding", 5, {
        unit: "shares",
        period: { instant: "2026-03-01" },
      }),
    ]);
    expect(rows.map((row) => [row.concept, row.current.fact.value, row.prior?.fact.value])).toEqual([
      ["ifrs-full:Revenue", 10, 8],
      ["dei:EntityCommonStockSharesOutstanding", 5, undefined],
    ]);
    expect(keyFinancials([])).toEqual([]);
  });
});

describe("keyFinancialsHeadings", () => {
  const cover = (year: string, focus: string) => [
    fact("dei:DocumentFiscalYearFocus", year, { unit: undefined }),
    fact("dei:DocumentFiscalPeriodFocus", focus, { unit: undefined }),
  ];

  it("names the fiscal year, or the quarter of it, and the one before, as the cover page gives them", () => {
    expect(keyFinancialsHeadings(cover("2024", "FY"))).toEqual({
      current: "FY2024",
      prior: "FY2023",
      quarter: false,
    });
    // Home Depot's Q2 of fiscal 2023 ends in July 2023; its fiscal 2022 ended in January 2023.
    expect(keyFinancialsHeadings(cover("2023", "Q2"))).toEqual({
      current: "Q2 FY2023",
      prior: "Q2 FY2022",
      quarter: true,
    });
  });

  it("says 'This period' and 'Prior period' when the cover page does not say", () => {
    expect(keyFinancialsHeadings([])).toEqual({
      current: "This period",
      prior: "Prior period",
      quarter: false,
    });
    expect(keyFinancialsHeadings(cover("2024", "H1")).current).toBe("This period");
  });
});
