import { describe, expect, it } from "vitest";
import { parseTickerList, searchTickers } from "./company-tickers";

// The shape of EDGAR's company_tickers.json (entries as published; the list is ordered by size).
const list = parseTickerList({
  "0": { cik_str: 1045810, ticker: "NVDA", title: "NVIDIA CORP" },
  "1": { cik_str: 320193, ticker: "AAPL", title: "Apple Inc." },
  "2": { cik_str: 1065280, ticker: "NFLX", title: "NETFLIX INC" },
  "3": { cik_str: 1652044, ticker: "GOOGL", title: "Alphabet Inc." },
  "4": { cik_str: 1652044, ticker: "GOOG", title: "Alphabet Inc." },
  "5": { cik_str: 1089341, ticker: "IIJI", title: "INTERNET INITIATIVE JAPAN INC" },
  "6": { cik_str: 1464165, ticker: "BETRF", title: "BetterLife Pharma Inc." },
})!;

describe("the EDGAR ticker list", () => {
  it("finds a company by its exact ticker first, in any case", () => {
    expect(searchTickers(list, "nflx")[0]).toEqual({ cik: "1065280", ticker: "NFLX", name: "NETFLIX INC" });
  });

  it("finds companies by the start of their names' words, once per company", () => {
    expect(searchTickers(list, "netf").map((entry) => entry.ticker)).toEqual(["NFLX"]);
    expect(searchTickers(list, "internet japan").map((entry) => entry.ticker)).toEqual(["IIJI"]);
    expect(searchTickers(list, "alphabet").map((entry) => entry.ticker)).toEqual(["GOOGL"]);
    expect(searchTickers(list, "GOO").map((entry) => entry.ticker)).toEqual(["GOOGL"]);
  });

  it("finds nothing for nothing, and refuses a file that is not the list", () => {
    expect(searchTickers(list, "  ")).toEqual([]);
    expect(searchTickers(list, "zzzz")).toEqual([]);
    expect(parseTickerList({ fields: ["cik", "name"], data: [] })).toBeNull();
  });
});
