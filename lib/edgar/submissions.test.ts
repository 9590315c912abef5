import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fiscalYearOf, formMatches, parseSubmissions, parseSubmissionsPage } from "./submissions";

// Murphy Oil's submissions as EDGAR served them (see __fixtures__/SOURCES.md).
const murphy = JSON.parse(
  readFileSync(new URL("./__fixtures__/submissions/CIK0000717423.json", import.meta.url), "utf8"),
) as { filings: { recent: unknown } };

describe("a company's EDGAR submissions", () => {
  it("turns EDGAR's columns into one row per filing, newest first, and names the older pages", () => {
    const company = parseSubmissions(murphy)!;
    expect(company).toMatchObject({
      cik: "717423",
      name: "MURPHY OIL CORP",
      tickers: ["MUR"],
      fiscalYearEnd: "1231",
    });
    expect(company.filings).toHaveLength(1005);
    expect(company.olderPages).toEqual(["CIK0000717423-submissions-001.json"]);
    const annual = company.filings.filter((filing) => formMatches(filing.form, "10-K"));
    expect(annual[0]).toEqual({
      accession: "0000717423-22-000019",
      form: "10-K",
      filingDate: "2022-02-25",
      reportDate: "2021-12-31",
      primaryDocument: "mur-20211231.htm",
      description: "10-K",
      size: 26576910,
      isInlineXbrl: true,
    });
    expect(fiscalYearOf(annual[0]!)).toBe(2021);
    const dates = company.filings.map((filing) => filing.filingDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("reads an older page (the same columns at its top level)", () => {
    const page = parseSubmissionsPage(murphy.filings.recent)!;
    expect(page).toHaveLength(1005);
  });

  it("matches forms with their amendments, and every 424B prospectus to 424B", () => {
    expect(formMatches("10-K/A", "10-K")).toBe(true);
    expect(formMatches("10-KT", "10-K")).toBe(false);
    expect(formMatches("424B4", "424B")).toBe(true);
    expect(formMatches("424A", "424B")).toBe(false);
    expect(formMatches("20-F", "10-K")).toBe(false);
  });

  it("refuses JSON that is not a submissions file, and skips rows without an accession or date", () => {
    expect(parseSubmissions({ hits: [] })).toBeNull();
    const rows = parseSubmissionsPage({
      accessionNumber: ["bad", "0001065280-25-000044"],
      filingDate: ["2025-01-27", "2025-01-27"],
      form: ["10-K", "10-K"],
    });
    expect(rows?.map((row) => row.accession)).toEqual(["0001065280-25-000044"]);
  });
});
