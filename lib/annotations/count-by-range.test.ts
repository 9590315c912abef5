import { describe, expect, it } from "vitest";
import { countByRange } from "./count-by-range";

describe("countByRange", () => {
  it("counts positions inside each range, ranges in any order", () => {
    const counts = countByRange(
      [
        { id: "b", start: 100, end: 200 },
        { id: "a", start: 0, end: 100 },
        { id: "c", start: 200, end: 300 },
      ],
      [150, 5, 99, 100, 250, 400],
    );
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 2, c: 1 });
  });
});
