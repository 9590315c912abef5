import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { checkNarrativeFigures } from "./checks";
import { readFilingFacts, type PlacedFact } from "./filing-facts";
import { keyFinancials } from "./reader-facts";

/**
 * Inline XBRL on a quarterly report: The Home Depot's Form 10-Q for the quarter ended
 * July 30, 2023 (fiscal Q2), whose statements show the quarter, six months and the same
 * periods a year earlier, and the balance sheet at the quarter's end and the last year end.
 * The values and places below were read from the document by hand.
 */
const FILE = "lib/filing/__fixtures__/hd-10q-2023-07-30.htm";

function read() {
  const html = readFileSync(FILE, "utf8");
  const analysis = analyzeFiling({ content: html, fileName: "hd-10q-2023-07-30.htm" });
  return { analysis, text: analysis.text, ...readFilingFacts(html, analysis.text) };
}

const QUARTER = { start: "2023-05-01", end: "2023-07-30" };
const PRIOR_QUARTER = { start: "2022-05-02", end: "2022-07-31" };

describe("inline XBRL of a whole 10-Q (Home Depot, quarter ended July 30, 2023)", () => {
  const { analysis, text, facts, elementCounts, duplicates } = read();
  const byId = (id: string): PlacedFact => facts.find((fact) => fact.id === id)!;
  /** The fact's line in the text, up to the end of the fact: its row and the cells before it. */
  const lineUpTo = (fact: PlacedFact) => text.slice(text.lastIndexOf("\n", fact.start! - 1) + 1, fact.end);
  /** The fact's place shows `shown`, where `phrase` (in which `shown` occurs once) reads. */
  const expectShownIn = (fact: PlacedFact, shown: string, phrase: string) => {
    expect(text.slice(fact.start, fact.end)).toBe(shown);
    const from = fact.start! - phrase.indexOf(shown);
    expect(text.slice(from, from + phrase.length)).toBe(phrase);
  };

  it("reads every tagged element, with nothing dropped", () => {
    expect(elementCounts).toEqual({ nonFraction: 456, nonNumeric: 59, contexts: 110, units: 5 });
    expect(facts).toHaveLength(elementCounts.nonFraction + elementCounts.nonNumeric);
    expect(facts.filter((fact) => fact.problem)).toEqual([]);
    expect(duplicates.filter((duplicate) => duplicate.inconsistent)).toEqual([]);
  });

  it("places nearly every shown fact, each on its own displayed text", () => {
    const shown = facts.filter((fact) => !fact.hidden);
    const placed = shown.filter((fact) => fact.start !== undefined);
    // 506 of 510: two nil facts show no text, two dashes are dropped with their table's layout.
    expect(placed.length / shown.length).toBeGreaterThanOrEqual(0.99);
    expect(shown.filter((fact) => fact.kind === "nonNumeric").every((fact) => fact.start !== undefined)).toBe(
      true,
    );
    for (const fact of placed.filter((fact) => fact.displayed.length <= 96))
      expect(text.slice(fact.start, fact.end).replace(/\s+/g, "")).toBe(fact.displayed.replace(/\s+/g, ""));
  });

  it("places hand-checked facts in their own row, column and sentence", () => {
    const expectFact = (id: string, concept: string, value: unknown, period: object) => {
      const fact = byId(id);
      expect({ concept: fact.concept, value: fact.value, period: fact.period }).toEqual({
        concept,
        value,
        period,
      });
      return fact;
    };
    // The income statement: the quarter, then the quarter a year earlier.
    const revenue = expectFact(
      "f-104",
      "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
      42_916_000_000,
      QUARTER,
    );
    expect(lineUpTo(revenue)).toBe("Net sales\t$42,916");
    const priorNetIncome = expectFact("f-153", "us-gaap:NetIncomeLoss", 5_173_000_000, PRIOR_QUARTER);
    expect(lineUpTo(priorNetIncome)).toBe("Net earnings\t$4,659\t$5,173");
    // The balance sheet: the quarter's end, then the last year end.
    const assets = expectFact("f-49", "us-gaap:Assets", 76_445_000_000, { instant: "2023-01-29" });
    expect(lineUpTo(assets)).toBe("Total assets\t$76,387\t$76,445");
    // The cover.
    const shares = expectFact("f-24", "dei:EntityCommonStockSharesOutstanding", 1_000_065_982, {
      instant: "2023-08-15",
    });
    expectShownIn(shares, "1,000,065,982", "1,000,065,982 shares of common stock");
    // Notes: the second "one" of the sentence, and the second of two amounts.
    const segments = expectFact("f-331", "us-gaap:NumberOfReportableSegments", 1, {
      start: "2023-01-30",
      end: "2023-07-30",
    });
    expectShownIn(segments, "one", "we aggregate into one reportable segment");
    const obligation = expectFact("f-337", "us-gaap:SupplierFinanceProgramObligation", 480_000_000, {
      instant: "2023-01-29",
    });
    expectShownIn(obligation, "480", "$480 million at January 29, 2023");
    // A policy text block whose heading runs into its paragraph in the element.
    const basis = byId("f-332");
    expect(basis.concept).toBe("us-gaap:BasisOfAccountingPolicyPolicyTextBlock");
    expect(text.slice(basis.start, basis.start! + 39)).toBe("Basis of Presentation\n\nThe accompanying");
  });

  it("shows the quarter's key financials against the same quarter a year earlier", () => {
    const rows = keyFinancials(facts);
    const row = (label: string) => rows.find((candidate) => candidate.label === label)!;
    const values = (label: string) => {
      const { current, prior } = row(label);
      return [current.fact.value, current.fact.period, prior?.fact.value, prior?.fact.period];
    };
    expect(values("Revenue")).toEqual([42_916_000_000, QUARTER, 43_792_000_000, PRIOR_QUARTER]);
    expect(values("Net income")).toEqual([4_659_000_000, QUARTER, 5_173_000_000, PRIOR_QUARTER]);
    expect(values("EPS, diluted")).toEqual([4.65, QUARTER, 5.05, PRIOR_QUARTER]);
    // A balance: the quarter's end against the last year end.
    expect(values("Total assets")).toEqual([
      76_387_000_000,
      { instant: "2023-07-30" },
      76_445_000_000,
      { instant: "2023-01-29" },
    ]);
    // Each links to the income statement's row.
    const shownAt = row("Revenue").current.shownAt!;
    expect(text.slice(shownAt - 11, shownAt + 6)).toBe("Net sales\t$42,916");
  });

  it("links the MD&A's figures to the quarter's facts and flags none", () => {
    const checks = checkNarrativeFigures({ ...analysis, facts });
    expect(checks.filter((check) => check.status === "disagrees")).toEqual([]);
    const linked = (figure: string) =>
      checks
        .filter((check) => check.text === figure && check.status === "agrees")
        .map((check) => facts[check.facts[0]!]!.id);
    // "Net earnings were $4.7 billion, or $4.65 per diluted share."
    expect(linked("$4.7 billion")).toEqual(["f-152"]);
    expect(linked("$4.65")).toEqual(["f-168"]);
    expect(byId("f-168").concept).toBe("us-gaap:EarningsPerShareDiluted");
    // "Gross profit … decreased 2.3% to $14.2 billion from $14.5 billion …"
    expect(linked("$14.2 billion")).toEqual(["f-112"]);
    expect(linked("$14.5 billion")).toEqual(["f-113"]);
    expect(byId("f-113").period).toEqual(PRIOR_QUARTER);
  });
});
