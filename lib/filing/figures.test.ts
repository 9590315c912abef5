import { describe, expect, it } from "vitest";
import { detectDollarCurrency, findFigures } from "./figures";

function only(text: string): { kind: string; text: string; value: number | string; unit: string } {
  const figures = findFigures(text);
  expect(figures, JSON.stringify(figures)).toHaveLength(1);
  const [f] = figures;
  return { kind: f?.kind ?? "", text: f?.text ?? "", value: f?.value ?? "", unit: f?.unit ?? "" };
}

describe("figures: money", () => {
  it.each([
    ["it cost ¥5,025 million in cash", "¥5,025 million", 5_025_000_000, "JPY"],
    ["a loss of ¥15.6 billion", "¥15.6 billion", 15_600_000_000, "JPY"],
    ["about ¥0.3 billion", "¥0.3 billion", 300_000_000, "JPY"],
    ["approximately $3.3 million in", "$3.3 million", 3_300_000, "USD"],
    ["US$1.2 billion of notes", "US$1.2 billion", 1_200_000_000, "USD"],
    ["a fine of €250,000 was", "€250,000", 250_000, "EUR"],
    ["£12.5 million of debt", "£12.5 million", 12_500_000, "GBP"],
    ["EUR 10 million facility", "EUR 10 million", 10_000_000, "EUR"],
    ["a grant of 10 million Euros from", "10 million Euros", 10_000_000, "EUR"],
    ["NLG 5.2 million were paid", "NLG 5.2 million", 5_200_000, "NLG"],
    ["priced at 3,000 yen per share", "3,000 yen", 3000, "JPY"],
    ["JPY 1,500 million loan", "JPY 1,500 million", 1_500_000_000, "JPY"],
    ["2.5 billion USD of", "2.5 billion USD", 2_500_000_000, "USD"],
    ["a $5M fee", "$5M", 5_000_000, "USD"],
    ["HK$300 thousand", "HK$300 thousand", 300_000, "HKD"],
    ["$ 1,000 in cash", "$ 1,000", 1000, "USD"],
  ])("%s → %s", (text, figure, value, unit) => {
    expect(only(text)).toEqual({ kind: "money", text: figure, value, unit });
  });
});

describe("figures: percentages, share counts, other quantities", () => {
  it.each([
    ["owned 29.4% of", "29.4%", 0.294],
    ["acquired 100% of the equity", "100%", 1],
    ["rose 5 percent last", "5 percent", 0.05],
    ["a ten percent stake", "ten percent", 0.1],
    ["cut by 25 basis points", "25 basis points", 0.0025],
  ])("%s → %s", (text, figure, value) => {
    expect(only(text)).toEqual({ kind: "percent", text: figure, value, unit: "ratio" });
  });

  it.each([
    ["with the issuance of 2,178 new shares.", "2,178 new shares", 2178],
    ["we issued 2,178 shares of common stock", "2,178 shares", 2178],
    ["1.5 million ordinary shares", "1.5 million ordinary shares", 1_500_000],
    ["sold 1,000 ADSs", "1,000 ADSs", 1000],
  ])("%s → %s", (text, figure, value) => {
    expect(only(text)).toEqual({ kind: "shareCount", text: figure, value, unit: "shares" });
  });

  it("reads scaled counts as other quantities", () => {
    expect(only("serves 4.3 million customers")).toEqual({
      kind: "other",
      text: "4.3 million customers",
      value: 4_300_000,
      unit: "count",
    });
  });
});

describe("figures: dates and periods", () => {
  it.each([
    ["As of June 25, 2008, we", "June 25, 2008", "2008-06-25", "date"],
    ["for the fiscal year ended March 31, 2008 we", "March 31, 2008", "2008-03-31", "date"],
    ["In May 2007, we", "May 2007", "2007-05", "date"],
    ["on 25 June 2008 the", "25 June 2008", "2008-06-25", "date"],
    ["on Sept. 30, 2009 the", "Sept. 30, 2009", "2009-09-30", "date"],
    ["dated 12/31/2009.", "12/31/2009", "2009-12-31", "date"],
    ["in February, 2010 we", "February, 2010", "2010-02", "date"],
    ["in the fourth quarter of 2003, when", "fourth quarter of 2003", "2003-Q4", "period"],
    ["In the first quarter of fiscal 2023, FedEx", "first quarter of fiscal 2023", "2023-Q1", "period"],
    ["by calendar 2040.", "calendar 2040", "2040", "period"],
    ["results for fiscal 2009 were", "fiscal 2009", "2009", "period"],
  ])("%s → %s", (text, figure, value, unit) => {
    expect(only(text)).toEqual({ kind: "date", text: figure, value, unit });
  });

  it.each(["Our results in 2023 were", "between 2020 and 2027", "since 2004"])(
    "leaves a bare year alone: %s",
    (text) => {
      expect(findFigures(text)).toEqual([]);
    },
  );

  it("reads both ends of a range", () => {
    const figures = findFigures("From July 2007 through October 2007, we invested ¥500 million");
    expect(figures.map((f) => [f.text, f.value])).toEqual([
      ["July 2007", "2007-07"],
      ["October 2007", "2007-10"],
      ["¥500 million", 500_000_000],
    ]);
  });

  it("does not read the modal verb 'may' or impossible dates", () => {
    expect(findFigures("we may 2 times")).toEqual([]);
    expect(findFigures("on February 30, 2009").filter((f) => f.text.includes("30"))).toEqual([]);
  });

  it("returns figures sorted, non-overlapping, each equal to its slice", () => {
    const text =
      "In May 2007 we paid ¥5,025 million (29.4%) for 2,178 new shares; by March 31, 2008, US$10 million more.";
    const figures = findFigures(text);
    expect(figures.map((f) => f.kind)).toEqual(["date", "money", "percent", "shareCount", "date", "money"]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("figures: written forms of real filings nobody tuned on", () => {
  const all = (text: string, options: { dollar?: string } = {}) =>
    findFigures(text, options).map(({ kind, text: t, value, unit }) => ({ kind, text: t, value, unit }));

  it.each([
    // Bond coupons in 1990s–2000s filings.
    ["the 6 3/8% Senior Notes due 2012", [0.06375]],
    ["the 6-3/8% notes", [0.06375]],
    ["interest at 7⅞% a year", [0.07875]],
    // Two rates sharing one sign.
    ["bearing interest at 2.5/4.5% a year", [0.025, 0.045]],
    ["margins of 5–7% for the year", [0.05, 0.07]],
    ["a margin between 5%–7%", [0.05, 0.07]],
    // Bank of America 10-K 2006, Item 1: "100 to 200 basis points".
    ["an increase of 100 to 200 basis points", [0.01, 0.02]],
  ])("percentages: %s", (text, values) => {
    const figures = all(text);
    expect(figures.map((f) => f.kind)).toEqual(values.map(() => "percent"));
    expect(figures.map((f) => f.value)).toEqual(values);
  });

  it.each([
    ["a facility of USD 750 mln", [[750_000_000, "USD"]]],
    ["impairments of EUR 2.5bn", [[2_500_000_000, "EUR"]]],
    ["a £3m charge", [[3_000_000, "GBP"]]],
    ["US$1.2 bln in bonds", [[1_200_000_000, "USD"]]],
    // A list sharing one currency and one scale: three amounts, each of billions.
    [
      "goodwill of EUR 2.5, 14.0, and 9.8 billion respectively",
      [
        [2_500_000_000, "EUR"],
        [14_000_000_000, "EUR"],
        [9_800_000_000, "EUR"],
      ],
    ],
    [
      "between $1.2 and $1.5 billion",
      [
        [1_200_000_000, "USD"],
        [1_500_000_000, "USD"],
      ],
    ],
    [
      "$100-$200 million of capital",
      [
        [100_000_000, "USD"],
        [200_000_000, "USD"],
      ],
    ],
    // Braskem 20-F 2024: a fine "from R$500 to R$50 million" falls without the scale.
    [
      "fines from R$500 to R$50 million",
      [
        [500, "BRL"],
        [50_000_000, "BRL"],
      ],
    ],
  ])("money: %s", (text, expected) => {
    const figures = all(text);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
    expect(figures.every((f) => f.kind === "money")).toBe(true);
  });

  it("reads share counts, and a par value as money rather than a share count", () => {
    expect(all("holders of 120 million ordinary shares")).toEqual([
      { kind: "shareCount", text: "120 million ordinary shares", value: 120_000_000, unit: "shares" },
    ]);
    expect(all("we issued 2 million of our ordinary shares")[0]).toMatchObject({
      kind: "shareCount",
      value: 2_000_000,
    });
    expect(all("EUR 0.20 common shares")).toEqual([
      { kind: "money", text: "EUR 0.20", value: 0.2, unit: "EUR" },
    ]);
    expect(all("$.01 par value")).toEqual([{ kind: "money", text: "$.01", value: 0.01, unit: "USD" }]);
  });

  it("reads a comparative in brackets as the same quantity as the figure before it", () => {
    const figures = all("treasury shares of 12 million shares (2022: 9 million) were held");
    expect(figures.map((f) => [f.kind, f.value])).toEqual([
      ["shareCount", 12_000_000],
      ["shareCount", 9_000_000],
    ]);
    expect(
      all("revenue of EUR 3.2 billion (2022: 2.9 billion)").map((f) => [f.kind, f.value, f.unit]),
    ).toEqual([
      ["money", 3_200_000_000, "EUR"],
      ["money", 2_900_000_000, "EUR"],
    ]);
  });

  it("counts people and things with their noun (Bank of America 10-K 2006, Item 1)", () => {
    expect(
      all(
        "approximately 5,700 retail banking offices and 17,000 ATMs served by 203,425 full-time equivalent employees",
      ),
    ).toEqual([
      { kind: "other", text: "5,700 retail banking offices", value: 5700, unit: "count" },
      { kind: "other", text: "17,000 ATMs", value: 17_000, unit: "count" },
      { kind: "other", text: "203,425 full-time equivalent employees", value: 203_425, unit: "count" },
    ]);
    // Small counts and years are prose, not figures.
    expect(all("in 3 states since 2004, with 2023 customers in mind")).toEqual([]);
  });

  it("reads a bare $ as the filing's dollar when it says so (BetterLife 20-F 2025)", () => {
    const text =
      "In this FORM 20-F, references to “dollars”, “$” are to Canadian dollars, unless otherwise specified.";
    expect(detectDollarCurrency(text)).toBe("CAD");
    expect(detectDollarCurrency("All amounts are in U.S. dollars.")).toBe("USD");
    expect(all("a loss of $1.2 million and US$2 million", { dollar: "CAD" }).map((f) => f.unit)).toEqual([
      "CAD",
      "USD",
    ]);
  });
});
