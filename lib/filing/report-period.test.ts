import { describe, expect, it } from "vitest";
import { isAnnualReport, reportPeriod } from "./report-period";

describe("reportPeriod", () => {
  it("takes the period, else the fiscal year's end, else the filing date", () => {
    expect(reportPeriod({ periodOfReport: "2008-03-31", fiscalYear: 2008, filingDate: "2008-06-30" })).toBe(
      "2008-03-31",
    );
    expect(reportPeriod({ periodOfReport: null, fiscalYear: 2008, filingDate: "2008-06-30" })).toBe(
      "2008-12-31",
    );
    expect(reportPeriod({ periodOfReport: null, fiscalYear: null, filingDate: "2008-06-30" })).toBe(
      "2008-06-30",
    );
    expect(reportPeriod({ periodOfReport: null, fiscalYear: null, filingDate: null })).toBe("");
  });
});

describe("isAnnualReport", () => {
  it("knows the annual forms, and amendments only when asked", () => {
    expect(isAnnualReport("10-K")).toBe(true);
    expect(isAnnualReport("20-f")).toBe(true);
    expect(isAnnualReport("10-K/A")).toBe(false);
    expect(isAnnualReport("10-K/A", { amendments: true })).toBe(true);
    expect(isAnnualReport("10-Q")).toBe(false);
  });
});
