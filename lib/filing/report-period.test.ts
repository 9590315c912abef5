import { describe, expect, it } from "vitest";
import { isAnnualReport, pickPreviousFiling, reportPeriod } from "./report-period";

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

describe("pickPreviousFiling", () => {
  const report = (slug: string, form: string, periodOfReport: string | null, createdAt = "2026-01-01") => ({
    slug,
    form,
    periodOfReport,
    fiscalYear: null,
    filingDate: null,
    createdAt: new Date(createdAt),
  });
  const thisYear = report("acme-10k-2024", "10-K", "2024-12-31");

  it("takes the latest earlier annual report, whichever annual form or amendment it is", () => {
    const others = [
      report("acme-10k-2022", "10-K", "2022-12-31"),
      report("acme-20f-2023", "20-F", "2023-12-31"),
      report("acme-10q-2024", "10-Q", "2024-09-30"),
      report("acme-10k-2025", "10-K", "2025-12-31"),
    ];
    expect(pickPreviousFiling(thisYear, others)?.slug).toBe("acme-20f-2023");
    expect(pickPreviousFiling(thisYear, [report("acme-10ka-2023", "10-K/A", "2023-12-31")])?.slug).toBe(
      "acme-10ka-2023",
    );
  });

  it("keeps a quarter to quarters, prefers the later import of one period, and skips itself", () => {
    const quarter = report("acme-10q-2024", "10-Q", "2024-09-30");
    expect(
      pickPreviousFiling(quarter, [
        report("acme-10k-2023", "10-K", "2023-12-31"),
        report("acme-10q-2024-q2", "10-Q", "2024-06-30", "2026-01-01"),
        report("acme-10q-2024-q2-again", "10-Q", "2024-06-30", "2026-02-01"),
        quarter,
      ])?.slug,
    ).toBe("acme-10q-2024-q2-again");
  });

  it("finds nothing before an unknown period, or when nothing is earlier", () => {
    expect(
      pickPreviousFiling(report("x", "10-K", null), [report("acme-10k-2022", "10-K", "2022-12-31")]),
    ).toBeNull();
    expect(pickPreviousFiling(thisYear, [report("acme-10k-2025", "10-K", "2025-12-31")])).toBeNull();
  });
});
