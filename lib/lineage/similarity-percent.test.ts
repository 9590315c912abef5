import { describe, expect, it } from "vitest";
import { similarityPercent } from "./similarity-percent";

describe("similarityPercent", () => {
  it("rounds to whole percents, keeping 100% for identical texts and 0% for nothing shared", () => {
    expect(similarityPercent(0.92)).toBe("92%");
    expect(similarityPercent(0.846)).toBe("85%");
    expect(similarityPercent(1)).toBe("100%");
    expect(similarityPercent(0.999)).toBe("99.9%");
    expect(similarityPercent(0.9951)).toBe("99.5%");
    expect(similarityPercent(0)).toBe("0%");
    expect(similarityPercent(0.004)).toBe("<1%");
  });
});
