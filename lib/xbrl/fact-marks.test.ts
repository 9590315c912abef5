import { describe, expect, it } from "vitest";
import type { Figure } from "@/lib/filing/types";
import type { FactCheck } from "./checks";
import { markedFigureAt, markFigures } from "./fact-marks";
import type { ReaderFact } from "./reader-facts";

const text = "Revenues\t$39,000\t—\nNet income\t8,712\t5,408\nRevenue was $39.0 billion.";
const at = (part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length };
};
const figure = (part: string, value: number, from = 0): Figure => ({
  kind: "money",
  text: part,
  value,
  unit: "USD",
  ...at(part, from),
});
const fact = (concept: string, value: number, place: { start: number; end: number }): ReaderFact => ({
  concept,
  value,
  unit: "USD",
  period: { start: "2024-01-01", end: "2024-12-31" },
  dimensions: {},
  ...place,
});

describe("markFigures", () => {
  const figures = [figure("$39,000", 39_000_000_000), figure("$39.0 billion", 39_000_000_000)];
  const checks: FactCheck[] = [
    {
      status: "agrees",
      text: "$39.0 billion",
      ...at("$39.0 billion"),
      value: 39e9,
      unit: "USD",
      facts: [0],
      message: "Agrees with Revenues",
    },
  ];

  it("puts a tagged fact on the figure its text overlaps, and the check on its figure", () => {
    const marked = markFigures({
      text,
      figures,
      facts: [fact("us-gaap:Revenues", 39_000_000_000, at("39,000"))],
      checks,
    });
    expect(marked).toHaveLength(2);
    expect(marked[0]!.fact).toContain("(us-gaap:Revenues)");
    expect(marked[0]!.check).toBeUndefined();
    expect(marked[1]!.check).toEqual({ status: "agrees", message: "Agrees with Revenues" });
    expect(marked[1]!.fact).toBeUndefined();
  });

  it("marks a tagged number the analysis did not count (a dash for zero), in text order", () => {
    const marked = markFigures({
      text,
      figures,
      facts: [
        fact("us-gaap:Revenues", 0, at("—")),
        fact("us-gaap:NetIncomeLoss", 8_712_000_000, at("8,712")),
      ],
      checks: [],
    });
    expect(marked.map((mark) => [mark.text, mark.tagOnly ?? false])).toEqual([
      ["$39,000", false],
      ["—", true],
      ["8,712", true],
      ["$39.0 billion", false],
    ]);
    expect(marked[1]).toMatchObject({ kind: "money", value: 0, unit: "USD" });
    expect(marked.map((mark) => mark.start)).toEqual(
      [...marked.map((mark) => mark.start)].sort((a, b) => a - b),
    );
  });

  it("names other concepts tagged on the same text rather than overlapping marks", () => {
    const place = at("39,000");
    const marked = markFigures({
      text,
      figures,
      facts: [
        fact("us-gaap:Revenues", 39e9, place),
        fact("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", 39e9, place),
        fact("us-gaap:Revenues", 39e9, place),
      ],
      checks: [],
    });
    expect(marked).toHaveLength(2);
    expect(marked[0]!.fact).toMatch(
      /\nAlso tagged: us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax$/,
    );
  });

  it("finds the mark showing an offset", () => {
    const marked = markFigures({ text, figures, facts: [], checks: [] });
    expect(markedFigureAt(marked, at("39,000").start)).toBe(at("$39,000").start);
    expect(markedFigureAt(marked, at("Net income").start)).toBeUndefined();
  });
});
