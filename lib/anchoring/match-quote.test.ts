import search from "approx-string-match";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchor } from "./anchor";
import { describeSelection } from "./describe";
import { contextScore, substringDistance } from "./match-quote";
import { RISK_FACTORS } from "./test-fixtures";

describe("substringDistance", () => {
  it("counts the edits to the closest substring", () => {
    expect(substringDistance("results of operations", "operations")).toBe(0);
    expect(substringDistance("results of operatoins", "operations")).toBe(2);
    expect(substringDistance("", "abc")).toBe(3);
    expect(substringDistance("abc", "")).toBe(0);
  });

  it("agrees with approx-string-match's fewest errors", () => {
    const unit = fc.constantFrom(..."abc .😀é");
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 40 }),
        fc.string({ unit, minLength: 1, maxLength: 32 }),
        (text, pattern) => {
          const fewest = Math.min(
            pattern.length,
            ...search(text, pattern, pattern.length).map((m) => m.errors),
          );
          expect(substringDistance(text, pattern)).toBe(fewest);
        },
      ),
    );
  });
});

describe("contextScore", () => {
  it("scores agreement between 0 and 1", () => {
    expect(contextScore("the risks described below", "")).toBe(1);
    expect(contextScore("", "described below")).toBe(0);
    expect(contextScore("described below", "described below")).toBe(1);
    expect(contextScore("described belov", "described below")).toBeCloseTo(1 - 1 / 15);
  });
});

describe("fuzzy match edges", () => {
  it("ends where the untouched suffix begins when the quote's last words were rewritten", () => {
    const quote = "Some of these components are available from only a single source.";
    const at = RISK_FACTORS.indexOf(quote);
    const selectors = describeSelection(RISK_FACTORS, at, at + quote.length);
    const changed = "Some of these components are available from only one supplier.";
    const edited = RISK_FACTORS.replace(quote, changed);
    expect(anchor(edited, selectors)).toMatchObject({ status: "fuzzy", start: at, end: at + changed.length });
  });

  it("starts where the untouched prefix ends when the quote's first words were rewritten", () => {
    const quote = "Our level of indebtedness may limit our ability to obtain additional financing";
    const at = RISK_FACTORS.indexOf(quote);
    const selectors = describeSelection(RISK_FACTORS, at, at + quote.length);
    const changed = "This much debt may limit our ability to obtain additional financing";
    const edited = RISK_FACTORS.replace(quote, changed);
    expect(anchor(edited, selectors)).toMatchObject({ status: "fuzzy", start: at, end: at + changed.length });
  });
});
