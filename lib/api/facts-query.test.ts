import { describe, expect, it } from "vitest";
import { factsQuerySchema } from "./facts-query";

describe("factsQuerySchema", () => {
  it("defaults to the first 100 facts of every concept", () => {
    expect(factsQuerySchema.parse({})).toEqual({ limit: 100, after: -1 });
    expect(factsQuerySchema.parse({ limit: "500", after: "99", concept: "us-gaap:Revenues" })).toEqual({
      limit: 500,
      after: 99,
      concept: "us-gaap:Revenues",
    });
  });

  it("refuses a page too large, a fractional cursor, a concept that is not a QName and unknown fields", () => {
    for (const query of [
      { limit: "501" },
      { limit: "0" },
      { after: "1.5" },
      { concept: "Revenues" },
      { page: "2" },
    ])
      expect(factsQuerySchema.safeParse(query).success).toBe(false);
  });
});
