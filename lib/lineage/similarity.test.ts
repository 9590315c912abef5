import { describe, expect, it } from "vitest";
import { similarityScores, wordEdits, wordsOf } from "./similarity";

describe("similarityScores", () => {
  it("matches hand-computed values on tiny texts", () => {
    // a b c → a b d: one word replaced.
    const replaced = similarityScores("a b c", "A, b; d.");
    expect(replaced.cosine).toBeCloseTo(2 / 3, 6); // dot 2 over √3·√3
    expect(replaced.jaccard).toBeCloseTo(2 / 4, 6); // {a, b} of {a, b, c, d}
    expect(replaced.minEdit).toBeCloseTo(1 - 1 / 3, 6); // one edit over three words
    expect(replaced.simple).toBeCloseTo(1 - 2 / 3, 6); // one deleted + one added over three on average

    // a a b → a b: one word deleted.
    const deleted = similarityScores("a a b", "a b");
    expect(deleted.cosine).toBeCloseTo(3 / Math.sqrt(10), 6); // dot 2+1 over √5·√2
    expect(deleted.jaccard).toBe(1);
    expect(deleted.minEdit).toBeCloseTo(1 - 1 / 3, 6);
    expect(deleted.simple).toBeCloseTo(1 - 1 / 2.5, 6);
  });

  it("is 1 for the same words and 0 for none in common", () => {
    expect(similarityScores("Risks relating to our business.", "risks RELATING to our business")).toEqual({
      cosine: 1,
      jaccard: 1,
      minEdit: 1,
      simple: 1,
    });
    expect(similarityScores("x y", "z")).toEqual({ cosine: 0, jaccard: 0, minEdit: 0, simple: 0 });
    expect(similarityScores("", "")).toEqual({ cosine: 1, jaccard: 1, minEdit: 1, simple: 1 });
  });

  it("counts a run of replaced words once each for the edit distance, twice for simple", () => {
    expect(wordEdits(wordsOf("one two three four"), wordsOf("one five six four"))).toEqual({
      deleted: 2,
      added: 2,
      distance: 2,
    });
  });

  it("falls back to the word bags for a text rewritten past the diff's limit", () => {
    const older = Array.from({ length: 6_000 }, (_, index) => `old${index}`);
    const newer = Array.from({ length: 5_000 }, (_, index) => `new${index}`);
    expect(wordEdits(older, newer)).toEqual({ deleted: 6_000, added: 5_000, distance: 6_000 });
  });
});
