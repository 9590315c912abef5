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

  it("replaces a rewritten sentence whole instead of splitting it at every shared little word", () => {
    const older =
      "Changes in our business model could have a material adverse effect on our results of operations.";
    const newer =
      "Our development of chiplets and complete solutions may subject us to new competitive and financial risks.";
    expect(redline(older, newer)).toEqual([
      { kind: "deleted", text: older.slice(0, -1) },
      { kind: "inserted", text: newer.slice(0, -1) },
      { kind: "same", text: "." },
    ]);
  });

  it("keeps the shared words around light edits", () => {
    const runs = redline(
      "We rely on two suppliers in Asia for the chips in our phones, and a fire at either could stop production.",
      "We rely on three suppliers in Asia for the chips in our phones, and a fire at any of them could stop production.",
    );
    expect(runs.filter((run) => run.kind === "same").map((run) => run.text)).toEqual([
      "We rely on ",
      " suppliers in Asia for the chips in our phones, and a fire at ",
      "could stop production.",
    ]);
    expect(countChanges(runs)).toBe(2);
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
