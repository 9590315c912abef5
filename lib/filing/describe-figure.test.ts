import { describe, expect, it } from "vitest";
import { describeFigureValue } from "./describe-figure";

describe("describeFigureValue", () => {
  it("spells out money in its currency", () => {
    expect(describeFigureValue({ kind: "money", value: 5_025_000_000, unit: "JPY" })).toBe(
      "JPY 5,025,000,000",
    );
  });
  it("shows a percentage and its fraction", () => {
    expect(describeFigureValue({ kind: "percent", value: 0.294, unit: "ratio" })).toBe("29.4% (0.294)");
  });
  it("keeps dates and periods as ISO text", () => {
    expect(describeFigureValue({ kind: "date", value: "2007-07/2007-10", unit: "period" })).toBe(
      "2007-07/2007-10",
    );
  });
  it("counts shares", () => {
    expect(describeFigureValue({ kind: "shareCount", value: 2178, unit: "shares" })).toBe("2,178 shares");
  });
});
