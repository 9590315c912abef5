import { describe, expect, it } from "vitest";
import { describeSelection } from "./describe";
import { RISK_FACTORS } from "./test-fixtures";

describe("describeSelection", () => {
  it("keeps 32 characters of context on each side by default", () => {
    const start = RISK_FACTORS.indexOf("a single source");
    const end = start + "a single source".length;
    const { quote, position } = describeSelection(RISK_FACTORS, start, end);
    expect(position).toEqual({ type: "TextPositionSelector", start, end });
    expect(quote.type).toBe("TextQuoteSelector");
    expect(quote.exact).toBe("a single source");
    expect(quote.prefix).toBe(RISK_FACTORS.slice(start - 32, start));
    expect(quote.suffix).toBe(RISK_FACTORS.slice(end, end + 32));
    expect(quote.prefix).toHaveLength(32);
  });

  it("clips the context at the edges of the text", () => {
    const text = "Item 1A. Risk Factors";
    expect(describeSelection(text, 0, 4).quote).toMatchObject({
      exact: "Item",
      prefix: "",
      suffix: " 1A. Risk Factors",
    });
    expect(describeSelection(text, 9, 21, 5).quote).toMatchObject({
      exact: "Risk Factors",
      prefix: " 1A. ",
      suffix: "",
    });
    expect(describeSelection(text, 9, 13, 0).quote).toMatchObject({ prefix: "", suffix: "" });
  });

  it("shortens a context rather than cutting a surrogate pair", () => {
    // a b 😀 c d e f g 😀 i: the emoji take units 2–3 and 9–10, "e" is at 6.
    const text = "ab😀cdefg😀i";
    const start = text.indexOf("e");
    // Three units either side would land between the halves of each emoji.
    const { quote } = describeSelection(text, start, start + 1, 3);
    expect(quote.prefix).toBe("cd");
    expect(quote.suffix).toBe("fg");
    for (const s of [quote.prefix, quote.suffix]) expect(s.isWellFormed()).toBe(true);
  });

  it("rejects empty, reversed, fractional, out-of-range and pair-cutting selections", () => {
    const text = "x😀y";
    expect(() => describeSelection(text, 1, 1)).toThrow(RangeError);
    expect(() => describeSelection(text, 2, 1)).toThrow(RangeError);
    expect(() => describeSelection(text, -1, 1)).toThrow(RangeError);
    expect(() => describeSelection(text, 0, 5)).toThrow(RangeError);
    expect(() => describeSelection(text, 0.5, 2)).toThrow(RangeError);
    expect(() => describeSelection(text, 0, 2)).toThrow(/surrogate/);
    expect(() => describeSelection(text, 2, 4)).toThrow(/surrogate/);
    expect(() => describeSelection(text, 0, 1, -1)).toThrow(RangeError);
    expect(describeSelection(text, 1, 3).quote.exact).toBe("😀");
  });
});
