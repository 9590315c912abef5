import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import type { Figure } from "@/lib/filing/types";
import { checkNarrativeFigures } from "./checks";
import { factsOfFiling, type PlacedFact } from "./filing-facts";

const revenueFact = (value: number, end = "2025-01-26"): PlacedFact => ({
  concept: "us-gaap:Revenues",
  value,
  unit: "USD",
  period: { start: "2024-01-29", end },
  decimals: -6,
  dimensions: {},
  entity: "0001045810",
  hidden: false,
  displayed: "",
  kind: "nonFraction",
});

/** One sentence with one money figure, as the analysis would find it. */
function prose(sentence: string, figureText: string, value: number) {
  const start = sentence.indexOf(figureText);
  const figure: Figure = {
    kind: "money",
    text: figureText,
    value,
    unit: "USD",
    start,
    end: start + figureText.length,
  };
  return {
    text: sentence,
    blocks: [{ id: "p-1", kind: "paragraph" as const, start: 0, end: sentence.length }],
    figures: [figure],
  };
}

describe("checkNarrativeFigures", () => {
  it("links a figure that agrees with the named financial within its rounding", () => {
    const checks = checkNarrativeFigures({
      ...prose("Revenue for fiscal 2025 was $60.9 billion, up 114%.", "$60.9 billion", 60_900_000_000),
      facts: [revenueFact(60_922_000_000)],
    });
    expect(checks).toEqual([
      expect.objectContaining({ status: "agrees", financial: "revenue", facts: [0], text: "$60.9 billion" }),
    ]);
  });

  it("checks a figure against the financial named closest before it, not the first named", () => {
    const sentence = "Net income was $8.7 billion, and we ended the year with total assets of $53.6 billion.";
    const base = prose(sentence, "$53.6 billion", 53_600_000_000);
    const assets: PlacedFact = {
      ...revenueFact(53_630_000_000),
      concept: "us-gaap:Assets",
      period: { instant: "2025-01-26" },
    };
    const netIncome: PlacedFact = { ...revenueFact(8_712_000_000), concept: "us-gaap:NetIncomeLoss" };
    const checks = checkNarrativeFigures({ ...base, facts: [netIncome, assets] });
    expect(checks).toEqual([
      expect.objectContaining({ status: "agrees", financial: "total assets", facts: [1] }),
    ]);
  });

  it("of facts alike but for their dimensions, links the one without, else the one whose members the sentence names", () => {
    const credit = prose(
      "We have back-up credit facilities with a consortium of banks for borrowings up to $5.0 billion.",
      "$5.0 billion",
      5_000_000_000,
    );
    const capacity = (member: string): PlacedFact => ({
      ...revenueFact(5_000_000_000),
      concept: "us-gaap:LineOfCreditFacilityMaximumBorrowingCapacity",
      period: { instant: "2025-01-26" },
      dimensions: { "us-gaap:ShortTermDebtTypeAxis": member },
    });
    const checks = checkNarrativeFigures({
      ...credit,
      facts: [capacity("us-gaap:CommercialPaperMember"), capacity("us-gaap:RevolvingCreditFacilityMember")],
    });
    expect(checks).toEqual([expect.objectContaining({ status: "agrees", facts: [1] })]);

    const earnings = prose("Net income was $4.7 billion.", "$4.7 billion", 4_700_000_000);
    const netIncome: PlacedFact = { ...revenueFact(4_659_000_000), concept: "us-gaap:NetIncomeLoss" };
    const inEquity: PlacedFact = {
      ...netIncome,
      dimensions: { "us-gaap:StatementEquityComponentsAxis": "us-gaap:RetainedEarningsMember" },
    };
    expect(checkNarrativeFigures({ ...earnings, facts: [inEquity, netIncome] })).toEqual([
      expect.objectContaining({ status: "agrees", facts: [1] }),
    ]);
  });

  it("flags a figure of a named financial that no tagged value rounds to", () => {
    const checks = checkNarrativeFigures({
      ...prose("Revenue for fiscal 2025 was $61.5 billion.", "$61.5 billion", 61_500_000_000),
      facts: [revenueFact(60_922_000_000), revenueFact(26_974_000_000, "2024-01-28")],
    });
    expect(checks).toEqual([
      expect.objectContaining({ status: "disagrees", financial: "revenue", facts: [0, 1] }),
    ]);
    expect(checks[0]?.message).toMatch(/no tagged revenue .* rounds to \$61\.5 billion/);
  });

  it("neither links nor flags a change, a figure in a table, or a figure that is itself tagged", () => {
    const change = prose("Revenue would have been $1,424 million higher.", "$1,424 million", 1_424_000_000);
    expect(checkNarrativeFigures({ ...change, facts: [revenueFact(60_922_000_000)] })).toEqual([]);
    const table = prose("Revenue\t$61.5 billion", "$61.5 billion", 61_500_000_000);
    expect(
      checkNarrativeFigures({
        ...table,
        blocks: [{ id: "t-1", kind: "table", start: 0, end: table.text.length }],
        facts: [revenueFact(60_922_000_000)],
      }),
    ).toEqual([]);
    const tagged = prose("Revenue was $61.5 billion.", "$61.5 billion", 61_500_000_000);
    const start = tagged.text.indexOf("61.5");
    expect(
      checkNarrativeFigures({
        ...tagged,
        facts: [{ ...revenueFact(61_500_000_000), start, end: start + 4 }],
      }),
    ).toEqual([]);
  });

  it("checks an amount per share against per-share facts, not the net income named before it", () => {
    const sentence = "Net earnings were $4.7 billion, or $4.65 per diluted share.";
    const base = prose(sentence, "$4.65", 4.65);
    const netIncome: PlacedFact = { ...revenueFact(4_659_000_000), concept: "us-gaap:NetIncomeLoss" };
    const eps: PlacedFact = {
      ...revenueFact(4.65),
      concept: "us-gaap:EarningsPerShareDiluted",
      unit: "USD/shares",
      decimals: 2,
    };
    expect(checkNarrativeFigures({ ...base, facts: [netIncome] })).toEqual([]);
    expect(checkNarrativeFigures({ ...base, facts: [netIncome, eps] })).toEqual([
      expect.objectContaining({ status: "agrees", unit: "USD/shares", facts: [1] }),
    ]);
  });

  it("does not flag a part of a named financial as its amount", () => {
    const sentence =
      "At July 30, 2023, we had $2.8 billion in cash and cash equivalents, of which $1.0 billion was held by our foreign subsidiaries.";
    const cash: PlacedFact = {
      ...revenueFact(2_814_000_000),
      concept: "us-gaap:CashAndCashEquivalentsAtCarryingValue",
      period: { instant: "2023-07-30" },
    };
    expect(checkNarrativeFigures({ ...prose(sentence, "$1.0 billion", 1e9), facts: [cash] })).toEqual([]);
  });

  it("does not link a figure to an unrelated fact that happens to be as large", () => {
    const credit = prose(
      "We entered into a revolving credit agreement for a $3 billion facility.",
      "$3 billion",
      3e9,
    );
    const marketing: PlacedFact = {
      ...revenueFact(3_020_000_000),
      concept: "us-gaap:SellingAndMarketingExpense",
    };
    expect(checkNarrativeFigures({ ...credit, facts: [marketing] })).toEqual([]);
    const borrowing: PlacedFact = {
      ...revenueFact(3e9),
      concept: "us-gaap:LineOfCreditFacilityMaximumBorrowingCapacity",
      dimensions: { "us-gaap:CreditFacilityAxis": "us-gaap:RevolvingCreditFacilityMember" },
    };
    expect(checkNarrativeFigures({ ...credit, facts: [marketing, borrowing] })).toEqual([
      expect.objectContaining({ status: "agrees", facts: [1] }),
    ]);
  });

  it("links the narrative figures of a whole 10-K to the facts they state (Netflix FY2024)", () => {
    const html = readFileSync("lib/filing/__fixtures__/netflix-10k-fy2024.htm", "utf8");
    const analysis = analyzeFiling({ content: html, fileName: "netflix-10k-fy2024.htm" });
    const facts = factsOfFiling(html, analysis.text);
    const checks = checkNarrativeFigures({ ...analysis, facts });
    const linked = (figure: string) =>
      checks
        .find((check) => check.text === figure && check.status === "agrees")
        ?.facts.map((index) => facts[index]!.concept);
    expect(linked("$6,211 million")).toEqual(["nflx:PaymentsForRepurchaseOfCommonStockNetOfExciseTax"]);
    expect(linked("$432 million")).toEqual(["us-gaap:UnrecognizedTaxBenefits"]);
    expect(linked("$1.8 billion")).toEqual(["nflx:ContentLiabilitiesNoncurrent"]);
    expect(checks.filter((check) => check.status === "disagrees")).toEqual([]);
  }, 30_000);
});
