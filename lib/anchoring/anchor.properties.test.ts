import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchor } from "./anchor";
import { describeSelection } from "./describe";
import { collapseWhitespace } from "./normalize";
import { INTERNATIONAL, RISK_FACTORS } from "./test-fixtures";
import { splitsSurrogatePair } from "./unicode";

/** A non-empty text and a non-empty range in it that does not cut a surrogate pair. */
function textWithRange(text: fc.Arbitrary<string>) {
  return text
    .filter((t) => t.length > 0)
    .chain((t) =>
      fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length }), fc.integer({ min: 0, max: t.length })),
    )
    .map(([t, a, b]) => {
      let start = Math.min(a, b);
      let end = Math.max(a, b);
      if (start === end) {
        if (end < t.length) end++;
        else start--;
      }
      if (splitsSurrogatePair(t, start)) start--;
      if (splitsSurrogatePair(t, end)) end++;
      return { text: t, start, end };
    });
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

const WORDS = [...new Set(RISK_FACTORS.split(/\s+/))];
const wordText = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 80 }).map((w) => w.join(" "));
const proseText = fc.constantFrom(RISK_FACTORS, INTERNATIONAL, RISK_FACTORS + "\n\n" + INTERNATIONAL);
const anyText = fc.string({ unit: "binary", minLength: 1, maxLength: 300 });

describe("anchor properties", () => {
  it("anchors every selection of an unchanged text at its own range", () => {
    fc.assert(
      fc.property(
        textWithRange(fc.oneof(anyText, wordText, proseText)),
        fc.integer({ min: 0, max: 64 }),
        ({ text, start, end }, contextLength) => {
          const selectors = describeSelection(text, start, end, contextLength);
          expect(anchor(text, selectors)).toEqual({ status: "exact-position", start, end, score: 1 });
        },
      ),
    );
  });

  it("finds the shifted range after text is inserted before the selection", () => {
    fc.assert(
      fc.property(
        textWithRange(fc.oneof(wordText, proseText)),
        fc.string({
          unit: fc.oneof(
            fc.constantFrom(" ", "\n", "  "),
            fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
          ),
          maxLength: 40,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ text, start, end }, inserted, where) => {
          const selectors = describeSelection(text, start, end);
          const at = Math.floor(where * start);
          fc.pre(!splitsSurrogatePair(text, at));
          const edited = text.slice(0, at) + inserted + text.slice(at);
          // A quote that now occurs twice may legitimately resolve to either copy.
          fc.pre(occurrences(collapseWhitespace(edited), collapseWhitespace(selectors.quote.exact)) === 1);
          const result = anchor(edited, selectors);
          expect(result).toMatchObject({ start: start + inserted.length, end: end + inserted.length });
          expect(result.status).toBe(inserted.length === 0 ? "exact-position" : "exact-quote");
        },
      ),
      { numRuns: 300 },
    );
  });
  it("keeps a quote from filing prose anchored, edges within a few characters, after a small edit inside it", () => {
    fc.assert(
      fc.property(
        // The whole text has no context at all to find its edges by.
        textWithRange(proseText).filter(
          ({ text, start, end }) => end - start >= 40 && end - start < text.length,
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("", "not ", "also", "X", "2025", "—"),
        ({ text, start, end }, where, removed, replacement) => {
          const selectors = describeSelection(text, start, end);
          // Edit strictly inside the quote's words, away from their first and last characters
          // (an edit within a selection's leading or trailing blank lines is at its edge: the
          // quote is then found, rightly, by its words alone).
          const quote = text.slice(start, end);
          const first = start + quote.length - quote.trimStart().length;
          const last = end - (quote.length - quote.trimEnd().length);
          fc.pre(last - first >= 40);
          const at = first + 1 + Math.floor(where * (last - first - 2 - removed));
          fc.pre(!splitsSurrogatePair(text, at) && !splitsSurrogatePair(text, at + removed));
          const edited = text.slice(0, at) + replacement + text.slice(at + removed);
          const newEnd = end - removed + replacement.length;
          const result = anchor(edited, selectors);
          expect(result.status).not.toBe("orphan");
          if (result.status === "orphan") return;
          expect(Math.abs(result.start - start)).toBeLessThanOrEqual(4);
          expect(Math.abs(result.end - newEnd)).toBeLessThanOrEqual(4);
        },
      ),
      { numRuns: 200 },
    );
  });
});
