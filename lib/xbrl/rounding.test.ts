import { describe, expect, it } from "vitest";
import { agreesWithinRounding, roundingUnit } from "./rounding";

describe("roundingUnit", () => {
  it("is the place value of the stated figure's last digit", () => {
    expect(roundingUnit("$60.9 billion")).toBe(1e8);
    expect(roundingUnit("$1,234")).toBe(1);
    expect(roundingUnit("¥5,025 million")).toBe(1e6);
    expect(roundingUnit("$5.2bn")).toBe(1e8);
    expect(roundingUnit("29.4%", "ratio")).toBeCloseTo(0.001, 12);
    expect(roundingUnit("no number")).toBeNull();
  });
});

describe("agreesWithinRounding", () => {
  it("agrees when the fact rounds to the stated figure, and not beyond", () => {
    const stated = { statedValue: 60_900_000_000, statedText: "$60.9 billion" };
    expect(agreesWithinRounding({ ...stated, factValue: 60_922_000_000 })).toBe(true);
    expect(agreesWithinRounding({ ...stated, factValue: 60_850_000_000 })).toBe(true);
    expect(agreesWithinRounding({ ...stated, factValue: 60_949_000_000 })).toBe(true);
    expect(agreesWithinRounding({ ...stated, factValue: 61_500_000_000 })).toBe(false);
    expect(agreesWithinRounding({ ...stated, factValue: 60_840_000_000 })).toBe(false);
  });

  it("holds an exact figure to the unit and a percentage to its decimals", () => {
    expect(agreesWithinRounding({ statedValue: 1234, statedText: "$1,234", factValue: 1234 })).toBe(true);
    expect(agreesWithinRounding({ statedValue: 1234, statedText: "$1,234", factValue: 1236 })).toBe(false);
    expect(
      agreesWithinRounding({ statedValue: 0.294, statedText: "29.4%", factValue: 0.2944, unit: "ratio" }),
    ).toBe(true);
    expect(
      agreesWithinRounding({ statedValue: 0.294, statedText: "29.4%", factValue: 0.296, unit: "ratio" }),
    ).toBe(false);
  });
});
