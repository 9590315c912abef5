import { describe, expect, it } from "vitest";
import { collapseWhitespace, normalizeText } from "./normalize";

describe("normalizeText", () => {
  it("collapses whitespace runs and maps offsets both ways", () => {
    const original = "net  income\n\n\tgrew";
    const n = normalizeText(original);
    expect(n.text).toBe("net income grew");
    expect(n.text).toBe(collapseWhitespace(original));
    expect(n.toOriginal(0)).toBe(0);
    expect(n.toOriginal(3)).toBe(3); // the run "  " starts at 3
    expect(n.toOriginal(4)).toBe(5); // "i" of income
    expect(n.toOriginal(10)).toBe(11); // the run "\n\n\t"
    expect(n.toOriginal(11)).toBe(14); // "g" of grew
    expect(n.toOriginal(n.text.length)).toBe(original.length);
    expect(n.fromOriginal(4)).toBe(3); // inside a run: the run's space
    expect(n.fromOriginal(5)).toBe(4);
    expect(n.fromOriginal(13)).toBe(10);
    expect(n.fromOriginal(original.length)).toBe(n.text.length);
  });

  it("is the identity map when runs are single characters", () => {
    const n = normalizeText("a\nb\tc d");
    expect(n.text).toBe("a b c d");
    expect(n.toOriginal(3)).toBe(3);
    expect(n.fromOriginal(6)).toBe(6);
  });
});
