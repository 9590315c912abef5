import { describe, expect, it } from "vitest";
import type { EdgarFiling } from "./submissions";
import { newWatchedFilings } from "./watched-filings";

const filing = (
  accession: string,
  form: string,
  filingDate: string,
  primaryDocument = "doc.htm",
): EdgarFiling => ({
  accession,
  form,
  filingDate,
  reportDate: null,
  primaryDocument,
  description: "",
  size: null,
  isInlineXbrl: false,
});

describe("newWatchedFilings", () => {
  const since = new Date("2026-03-01T15:30:00Z");

  it("keeps annual and quarterly reports filed on or after the watch's day, oldest first", () => {
    const found = newWatchedFilings(
      [
        filing("a-5", "10-Q", "2026-05-02"),
        filing("a-4", "8-K", "2026-04-01"),
        filing("a-3", "10-K", "2026-03-01"),
        filing("a-2", "10-K", "2026-02-28"),
        filing("a-1", "20-F", "2026-06-30"),
      ],
      since,
    );
    expect(found.map((each) => each.accession)).toEqual(["a-3", "a-5", "a-1"]);
  });

  it("leaves out amendments, paper filings and forms it does not watch", () => {
    const found = newWatchedFilings(
      [
        filing("b-1", "10-K/A", "2026-04-01"),
        filing("b-2", "10-K", "2026-04-02", ""),
        filing("b-3", "40-F", "2026-04-03"),
        filing("b-4", "S-1", "2026-04-04"),
      ],
      since,
    );
    expect(found.map((each) => each.accession)).toEqual(["b-3"]);
  });

  it("brings in at most the five newest in one check", () => {
    const many = Array.from({ length: 9 }, (_, index) =>
      filing(`c-${index}`, "10-Q", `2026-04-${String(index + 10)}`),
    );
    expect(newWatchedFilings(many, since).map((each) => each.accession)).toEqual([
      "c-4",
      "c-5",
      "c-6",
      "c-7",
      "c-8",
    ]);
  });
});
