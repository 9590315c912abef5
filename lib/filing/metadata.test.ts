import { describe, expect, it } from "vitest";
import { detectMetadata, isoDate } from "./metadata";

describe("isoDate", () => {
  it.each([
    ["December 31, 2024", "2024-12-31"],
    ["31 December 2024", "2024-12-31"],
    ["Sept. 30, 1994", undefined],
    ["September 30, 1994", "1994-09-30"],
    ["19940930", "1994-09-30"],
    ["2025-01-31", "2025-01-31"],
    ["12/31/2009", "2009-12-31"],
    ["February 30, 2024", undefined],
    ["soon", undefined],
  ])("%s → %s", (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });
});

describe("detectMetadata from a cover page", () => {
  // Text as the importer lays a cover page out (the registration table's cells by tab).
  const cover = [
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
    "FORM 10-K",
    "☒ ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
    "For the fiscal year ended January 26, 2025",
    "NVIDIA CORPORATION",
    "Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\nCommon Stock, $0.001 par value per share\tNVDA\tThe Nasdaq Global Select Market",
    "Later, the risk factors discuss the fiscal year ended January 28, 2024 at length.",
  ].join("\n\n");

  it("reads the period of report, fiscal year and tickers", () => {
    expect(detectMetadata({ text: cover, fileName: "nvda-20250126.htm" })).toMatchObject({
      form: "10-K",
      periodOfReport: "2025-01-26",
      fiscalYear: 2025,
      tickers: ["NVDA"],
    });
  });

  it("reads a ticker named in prose, and no period without a cover page", () => {
    const prose =
      "Our common stock is traded on the Nasdaq National Market under the symbol “AAPL”. For the fiscal year ended September 30, 1994 net sales rose.";
    const metadata = detectMetadata({ text: prose });
    expect(metadata.tickers).toEqual(["AAPL"]);
    expect(metadata.periodOfReport).toBeUndefined();
  });

  it("prefers the inline XBRL cover facts, keeping every trading symbol", () => {
    const facts = new Map([
      ["dei:entityregistrantname", "Alphabet Inc."],
      ["dei:documenttype", "10-K"],
      ["dei:documentperiodenddate", "December 31, 2024"],
      ["dei:entitycentralindexkey", "1652044"],
      ["dei:tradingsymbol", "GOOGL,GOOG"],
    ]);
    expect(detectMetadata({ text: cover, coverFacts: facts })).toMatchObject({
      company: "Alphabet Inc.",
      periodOfReport: "2024-12-31",
      cik: "0001652044",
      tickers: ["GOOGL", "GOOG"],
    });
  });

  it("keeps at most as many tickers as the import form accepts, each once", () => {
    const facts = new Map([["dei:tradingsymbol", "AA,AA,BB,CC,DD,EE,FF,GG,HH"]]);
    expect(detectMetadata({ text: "", coverFacts: facts }).tickers).toEqual([
      "AA",
      "BB",
      "CC",
      "DD",
      "EE",
      "FF",
    ]);
  });
});
