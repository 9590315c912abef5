import { describe, expect, it } from "vitest";
import { parseEdgarInput } from "./edgar-input";

describe("what an analyst types to find filings", () => {
  it("reads a ticker or a name, and a CIK with or without its zeros", () => {
    expect(parseEdgarInput(" nflx ")).toEqual({ kind: "company-name", text: "nflx" });
    expect(parseEdgarInput("Netflix, Inc.")).toEqual({ kind: "company-name", text: "Netflix, Inc." });
    expect(parseEdgarInput("0001065280")).toEqual({ kind: "cik", cik: "1065280" });
    expect(parseEdgarInput("1065280")).toEqual({ kind: "cik", cik: "1065280" });
  });

  it("reads a filing's index page, its folder and its full text, in either accession spelling", () => {
    const filing = { kind: "filing", cik: "1065280", accession: "0001065280-25-000044" };
    for (const url of [
      "https://www.sec.gov/Archives/edgar/data/1065280/000106528025000044/0001065280-25-000044-index.htm",
      "https://www.sec.gov/Archives/edgar/data/1065280/000106528025000044/",
      "https://www.sec.gov/Archives/edgar/data/1065280/000106528025000044/index.json",
      "https://www.sec.gov/Archives/edgar/data/1065280/0001065280-25-000044.txt",
      "https://www.sec.gov/Archives/edgar/data/1065280/0001065280-25-000044-index.html",
      "sec.gov/Archives/edgar/data/0001065280/000106528025000044",
    ])
      expect(parseEdgarInput(url), url).toEqual(filing);
  });

  it("reads a document link and the inline XBRL viewer's link to it", () => {
    const document = {
      kind: "document",
      cik: "1065280",
      accession: "0001065280-25-000044",
      document: "nflx-20241231.htm",
    };
    expect(
      parseEdgarInput("https://www.sec.gov/Archives/edgar/data/1065280/000106528025000044/nflx-20241231.htm"),
    ).toEqual(document);
    expect(
      parseEdgarInput(
        "https://www.sec.gov/ix?doc=/Archives/edgar/data/1065280/000106528025000044/nflx-20241231.htm",
      ),
    ).toEqual(document);
  });

  it("reads a company's browse page and its submissions JSON", () => {
    expect(
      parseEdgarInput("https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001065280&type=10-K"),
    ).toEqual({ kind: "cik", cik: "1065280" });
    expect(parseEdgarInput("https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=NFLX")).toEqual({
      kind: "company-name",
      text: "NFLX",
    });
    expect(parseEdgarInput("https://data.sec.gov/submissions/CIK0001065280.json")).toEqual({
      kind: "cik",
      cik: "1065280",
    });
  });

  it("refuses any other host (nothing pasted is ever fetched), and says why", () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "https://sec.gov.evil.example/Archives/edgar/data/1/000000000000000001/x.htm",
      "file:///etc/passwd",
      "https://localhost:3000/Archives/edgar/data/1065280/000106528025000044/",
    ]) {
      const input = parseEdgarInput(url);
      expect(input.kind, url).toBe("invalid");
    }
    expect(
      parseEdgarInput("http://127.0.0.1:9999/Archives/edgar/data/1/000000000000000001/", ["127.0.0.1:9999"]),
    ).toEqual({ kind: "filing", cik: "1", accession: "0000000000-00-000001" });
  });

  it("refuses what is none of these: empty, too long, markup, a link to no filing", () => {
    for (const text of [
      "",
      "   ",
      "x".repeat(3000),
      "<script>alert(1)</script>",
      "https://www.sec.gov/about",
    ])
      expect(parseEdgarInput(text).kind, text.slice(0, 20)).toBe("invalid");
  });
});
