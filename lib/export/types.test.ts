import { describe, expect, it } from "vitest";
import { riskFactorAt, riskFactorTitleAt, type ExportRiskFactor } from "./types";

const riskFactors: ExportRiskFactor[] = [
  { ordinal: 2, title: "Second", category: "Market", start: 100, end: 200 },
  { ordinal: 1, title: "First", category: "Market", start: 10, end: 100 },
];

describe("riskFactorTitleAt", () => {
  it("finds the risk factor whose [start, end) holds the offset", () => {
    expect(riskFactorTitleAt(riskFactors, 10)).toBe("First");
    expect(riskFactorTitleAt(riskFactors, 99)).toBe("First");
    // end is exclusive: offset 100 starts the next one.
    expect(riskFactorTitleAt(riskFactors, 100)).toBe("Second");
    expect(riskFactorTitleAt(riskFactors, 199)).toBe("Second");
  });

  it("is null outside every risk factor", () => {
    expect(riskFactorTitleAt(riskFactors, 9)).toBeNull();
    expect(riskFactorTitleAt(riskFactors, 200)).toBeNull();
    expect(riskFactorTitleAt([], 0)).toBeNull();
  });

  it("prefers the lowest ordinal when ranges overlap, whatever the order", () => {
    const overlapping = [{ ...riskFactors[0]!, start: 50 }, riskFactors[1]!];
    expect(riskFactorAt(overlapping, 60)?.title).toBe("First");
    expect(riskFactorAt([...overlapping].reverse(), 60)?.title).toBe("First");
  });
});
