import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countChanges, redline, type RedlineRun } from "./redline";

const textOf = (runs: readonly RedlineRun[], without: RedlineRun["kind"]) =>
  runs
    .filter((run) => run.kind !== without)
    .map((run) => run.text)
    .join("");

describe("redline", () => {
  it("marks the words inserted and deleted", () => {
    expect(
      redline("We rely on two suppliers in Asia.", "We rely on three suppliers in Asia and Mexico."),
    ).toEqual([
      { kind: "same", text: "We rely on " },
      { kind: "deleted", text: "two" },
      { kind: "inserted", text: "three" },
      { kind: "same", text: " suppliers in Asia" },
      { kind: "inserted", text: " and Mexico" },
      { kind: "same", text: "." },
    ]);
  });

  it("gives back the newer text without deletions and the older without insertions, spacing included", () => {
    const words = fc.constantFrom(
      "risk",
      "supply",
      "the",
      "our",
      "costs",
      "may",
      "rise",
      "10%",
      "$3.2",
      "billion",
      ".",
    );
    const text = fc
      .array(fc.tuple(words, fc.constantFrom(" ", "  ", "\n", ", ", "")), { maxLength: 40 })
      .map((parts) => parts.map(([word, space]) => word + space).join(""));
    fc.assert(
      fc.property(text, text, (older, newer) => {
        const runs = redline(older, newer);
        expect(textOf(runs, "deleted")).toBe(newer);
        expect(textOf(runs, "inserted")).toBe(older);
      }),
    );
  });

  it("counts a replacement as one change", () => {
    expect(countChanges(redline("a b c d", "a x c"))).toBe(2);
    expect(countChanges(redline("same text", "same text"))).toBe(0);
  });
});
