import { describe, expect, it } from "vitest";
import { anchor, prepareText } from "./anchor";
import { describeSelection } from "./describe";
import { INTERNATIONAL, RISK_FACTORS } from "./test-fixtures";
import type { AnchorResult, TextSelectors } from "./types";

/** Selectors for the `occurrence`-th (0-based) occurrence of `phrase` in `text`. */
function select(text: string, phrase: string, occurrence = 0): TextSelectors {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
  }
  return describeSelection(text, at, at + phrase.length);
}

/** Offset of the `occurrence`-th occurrence of `phrase`, failing loudly if it is missing. */
function offsetOf(text: string, phrase: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
  }
  return at;
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = offsetOf(text, from);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Asserts the anchor landed on [start, start + length) with the given status. */
function expectLanded(result: AnchorResult, status: string, start: number, length: number) {
  expect(result).toMatchObject({ status, start, end: start + length });
}

const NEW_FIRST_PARAGRAPH =
  "Forward-Looking Statements. This report contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.\n\n";

describe("anchor on an unchanged text", () => {
  it("finds the stored position", () => {
    const phrase = "ten largest customers accounted for approximately 47%";
    const selectors = select(RISK_FACTORS, phrase);
    const result = anchor(RISK_FACTORS, selectors);
    expectLanded(result, "exact-position", offsetOf(RISK_FACTORS, phrase), phrase.length);
    expect(result).toMatchObject({ score: 1 });
  });
});

describe("anchor after insertions", () => {
  const phrase = "Some of these components are available from only a single source.";

  it("shifts past text inserted before the quote", () => {
    const selectors = select(RISK_FACTORS, phrase);
    const edited = NEW_FIRST_PARAGRAPH + RISK_FACTORS;
    const result = anchor(edited, selectors);
    expectLanded(
      result,
      "exact-quote",
      offsetOf(RISK_FACTORS, phrase) + NEW_FIRST_PARAGRAPH.length,
      phrase.length,
    );
  });

  it("stays put when text is inserted after the quote", () => {
    const selectors = select(RISK_FACTORS, phrase);
    const edited = RISK_FACTORS + "\n\nClimate change may affect our facilities and supply chain.";
    expectLanded(anchor(edited, selectors), "exact-position", offsetOf(RISK_FACTORS, phrase), phrase.length);
  });

  it("matches fuzzily when a word is inserted inside the quote", () => {
    const quote = "our ten largest customers accounted for approximately 47% of our total revenue";
    const selectors = select(RISK_FACTORS, quote);
    const changed = "our ten largest customers together accounted for approximately 47% of our total revenue";
    const edited = NEW_FIRST_PARAGRAPH + replaceOnce(RISK_FACTORS, quote, changed);
    const result = anchor(edited, selectors);
    expectLanded(result, "fuzzy", offsetOf(edited, changed), changed.length);
    if (result.status !== "fuzzy") throw new Error("unreachable");
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.score).toBeLessThan(1);
  });
});

describe("anchor after deletions", () => {
  it("shifts back when text before the quote is deleted", () => {
    const phrase = "A breach of these systems could result in the loss of sensitive data";
    const selectors = select(RISK_FACTORS, phrase);
    const removed = RISK_FACTORS.slice(0, offsetOf(RISK_FACTORS, "We depend on third-party"));
    const edited = RISK_FACTORS.slice(removed.length);
    expectLanded(
      anchor(edited, selectors),
      "exact-quote",
      offsetOf(RISK_FACTORS, phrase) - removed.length,
      phrase.length,
    );
  });

  it("matches fuzzily when words inside the quote are deleted", () => {
    const quote = "Some of these components are available from only a single source.";
    const selectors = select(RISK_FACTORS, quote);
    const changed = "Some components are available from a single source.";
    const edited = replaceOnce(RISK_FACTORS, quote, changed);
    expectLanded(anchor(edited, selectors), "fuzzy", offsetOf(edited, changed), changed.length);
  });

  it("orphans an annotation whose passage was deleted", () => {
    const selectors = select(
      RISK_FACTORS,
      "A breach of these systems could result in the loss of sensitive data",
    );
    const paragraph = RISK_FACTORS.slice(offsetOf(RISK_FACTORS, "Cybersecurity incidents"));
    const edited = RISK_FACTORS.slice(0, RISK_FACTORS.length - paragraph.length).trimEnd();
    expect(anchor(edited, selectors)).toEqual({ status: "orphan" });
    expect(anchor(edited, { quote: selectors.quote })).toEqual({ status: "orphan" });
  });

  it("orphans a short quote whose sentence was rewritten", () => {
    const selectors = select(RISK_FACTORS, "a rise in interest rates");
    const edited = replaceOnce(
      RISK_FACTORS,
      "Our level of indebtedness may limit our ability to obtain additional financing, and a rise in interest rates would increase our interest expense.",
      "We expect to refinance the notes maturing in 2026 on comparable terms.",
    );
    expect(anchor(edited, selectors)).toEqual({ status: "orphan" });
  });
});

describe("anchor across whitespace changes", () => {
  it("ignores doubled spaces inside the quote", () => {
    const quote = "our level of indebtedness may limit our ability".replace(/^o/, "O");
    const selectors = select(RISK_FACTORS, quote);
    const doubled = quote.replaceAll(" ", "  ");
    const edited = NEW_FIRST_PARAGRAPH + replaceOnce(RISK_FACTORS, quote, doubled);
    expectLanded(anchor(edited, selectors), "exact-quote", offsetOf(edited, doubled), doubled.length);
  });

  it("ignores paragraph breaks that became spaces", () => {
    const quote = "before making an investment decision.\n\nOur revenue is concentrated";
    const selectors = select(RISK_FACTORS, quote);
    const edited = RISK_FACTORS.replaceAll("\n\n", " ");
    const joined = "before making an investment decision. Our revenue is concentrated";
    expectLanded(anchor(edited, selectors), "exact-quote", offsetOf(edited, joined), joined.length);
  });

  it("ignores spaces that became line breaks, and keeps only the quote's own edge whitespace", () => {
    const quote = " a single source.";
    const selectors = select(RISK_FACTORS, quote);
    const edited = replaceOnce(RISK_FACTORS, "from only a single source.", "from only\n   a single\nsource.");
    const result = anchor(edited, selectors);
    expectLanded(result, "exact-quote", offsetOf(edited, "\n   a single") + 3, " a single\nsource.".length);
  });
});

describe("anchor with a repeated quote", () => {
  const phrase = "our business, financial condition and results of operations";

  it("picks the occurrence whose prefix and suffix agree", () => {
    expect(RISK_FACTORS.split(phrase)).toHaveLength(3);
    const second = select(RISK_FACTORS, phrase, 1);
    const edited = NEW_FIRST_PARAGRAPH + RISK_FACTORS;
    const expected = offsetOf(edited, phrase, 1);
    expectLanded(anchor(edited, second), "exact-quote", expected, phrase.length);
    // Without the position the context alone decides.
    expectLanded(anchor(edited, { quote: second.quote }), "exact-quote", expected, phrase.length);
    const first = select(RISK_FACTORS, phrase, 0);
    expectLanded(
      anchor(edited, { quote: first.quote }),
      "exact-quote",
      offsetOf(edited, phrase, 0),
      phrase.length,
    );
  });

  it("prefers the nearer occurrence when the contexts are identical", () => {
    const sentence = "Demand for our products is cyclical. ";
    const text = sentence.repeat(6);
    const selectors = describeSelection(text, sentence.length * 4, sentence.length * 4 + 6);
    const edited = "Overview. " + text;
    expectLanded(anchor(edited, selectors), "exact-quote", sentence.length * 4 + "Overview. ".length, 6);
  });

  it("follows a quote edited in place rather than a stale copy of it elsewhere", () => {
    const selectors = select(RISK_FACTORS, "$4.2 billion");
    const edited = replaceOnce(
      replaceOnce(RISK_FACTORS, "we had $4.2 billion", "we had $4.4 billion"),
      "before making an investment decision.",
      "before making an investment decision. Our debt was $4.2 billion a year earlier.",
    );
    const expected = offsetOf(edited, "$4.4 billion");
    expectLanded(anchor(edited, selectors), "fuzzy", expected, "$4.4 billion".length);
    expectLanded(anchor(edited, { quote: selectors.quote }), "fuzzy", expected, "$4.4 billion".length);
  });
});

describe("anchor with emoji, combining marks and right-to-left text", () => {
  const phrases = [
    "Socie\u0301te\u0301 Ge\u0301ne\u0301rale Services 👩‍💼 reports",
    "\u05DE\u05E8\u05D2\u05D9\u05E0\u05DC\u05D9\u05D4 (\u05E9\u05D5\u05DC\u05DD)",
    "\u0627\u0644\u0647\u0627\u0645\u0634 🇪🇬 appears",
  ];

  it.each(phrases)("re-anchors %s exactly after an insertion before it", (phrase) => {
    const selectors = select(INTERNATIONAL, phrase);
    const prefix = "🚀 Überblick — סקירה. ";
    const edited = prefix + INTERNATIONAL;
    expectLanded(
      anchor(edited, selectors),
      "exact-quote",
      offsetOf(INTERNATIONAL, phrase) + prefix.length,
      phrase.length,
    );
  });

  it("keeps clusters whole when a fuzzy match ends beside them", () => {
    const phrase = "Paris office of Socie\u0301te\u0301 Ge\u0301ne\u0301rale Services 👩‍💼";
    const selectors = select(INTERNATIONAL, phrase);
    const changed = "Paris branch of Socie\u0301te\u0301 Ge\u0301ne\u0301rale Services 👩‍💼";
    const edited = replaceOnce(INTERNATIONAL, phrase, changed);
    const result = anchor(edited, selectors);
    expectLanded(result, "fuzzy", offsetOf(edited, changed), changed.length);
  });

  it("matches an edited right-to-left quote fuzzily", () => {
    const phrase =
      "In Israel our brand name is \u05DE\u05E8\u05D2\u05D9\u05E0\u05DC\u05D9\u05D4 (\u05E9\u05D5\u05DC\u05DD)";
    const selectors = select(INTERNATIONAL, phrase);
    const changed =
      "In Israel our brand name is \u05DE\u05E8\u05D2\u05D9\u05E0\u05DC\u05D9\u05D4 (\u05E9\u05DC\u05D5\u05DD)";
    const edited = "Note 12. " + replaceOnce(INTERNATIONAL, phrase, changed);
    expectLanded(anchor(edited, selectors), "fuzzy", offsetOf(edited, changed), changed.length);
  });
});

describe("anchor edge cases", () => {
  it("orphans an empty quote and ignores a position outside the text", () => {
    expect(anchor(RISK_FACTORS, { quote: { exact: "" } })).toEqual({ status: "orphan" });
    const phrase = "revolving credit facility";
    const result = anchor(RISK_FACTORS, {
      quote: { exact: phrase },
      position: { start: 1e9, end: 1e9 + 25 },
    });
    expectLanded(result, "exact-quote", offsetOf(RISK_FACTORS, phrase), phrase.length);
  });

  it("reuses a prepared text across annotations", () => {
    const edited = NEW_FIRST_PARAGRAPH + RISK_FACTORS.replaceAll("\n\n", "\n");
    const prepared = prepareText(edited);
    for (const phrase of ["Item 1A. Risk Factors", "single source", "damage to our reputation."]) {
      const result = anchor(prepared, select(RISK_FACTORS, phrase));
      expectLanded(result, "exact-quote", offsetOf(edited, phrase), phrase.length);
    }
  });

  it("honours a stricter minimum score", () => {
    const quote = "our ten largest customers accounted for approximately 47% of our total revenue";
    const selectors = select(RISK_FACTORS, quote);
    const edited = replaceOnce(
      RISK_FACTORS,
      "ten largest customers accounted",
      "five largest clients represented",
    );
    expect(anchor(edited, selectors).status).toBe("fuzzy");
    expect(anchor(edited, selectors, { minScore: 0.95 })).toEqual({ status: "orphan" });
  });

  // How long this takes is measured by `npm run bench` ("anchor a … edited quote"), not here.
  it("finds a long edited quote in a long filing, with and without its position", () => {
    // Distinct paragraphs from a seeded generator: near-copies would make "the right place" ambiguous.
    const words = RISK_FACTORS.split(/\s+/);
    let seed = 12345;
    const nextWord = () => {
      // mulberry32: a plain LCG's low bits cycle and would repeat whole passages.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return words[((t ^ (t >>> 14)) >>> 0) % words.length]!;
    };
    const paragraphs = Array.from({ length: 900 }, (_, i) => {
      const body = Array.from({ length: 130 }, nextWord).join(" ");
      return `Note ${i + 1}. ${body} materially and adversely affected by a single source.`;
    });
    const text = paragraphs.join("\n\n");
    const target = paragraphs[300]!;
    const quote = target.slice(20);
    const start = text.indexOf(target) + 20;
    const selectors = describeSelection(text, start, start + quote.length);
    const changed = quote
      .replace("materially and adversely", "materially")
      .replace("single source", "sole supplier");
    const edited = text.replace(quote, changed);
    const withPosition = anchor(edited, selectors);
    const withoutPosition = anchor(edited, { quote: selectors.quote });
    expectLanded(withPosition, "fuzzy", start, changed.length);
    expectLanded(withoutPosition, "fuzzy", start, changed.length);
  });
});
