/**
 * Properties that hold for any input: analyzeFiling never throws anything but FilingReadError,
 * and what it returns is consistent (blocks in order, inside the text, figure and title texts
 * equal to their slices).
 */
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { FilingReadError } from "./errors";
import { findInvariantViolation } from "./testing";
import type { FilingAnalysis } from "./types";

const RUNS = 200;

function analyzeOrReadError(content: string, fileName?: string): FilingAnalysis | undefined {
  try {
    return analyzeFiling({ content, fileName });
  } catch (error) {
    if (error instanceof FilingReadError) return undefined;
    throw error;
  }
}

/** Words and punctuation that make filing-like text: titles, figures, furniture, markers. */
const filingWord = fc.constantFrom(
  "We",
  "may",
  "not",
  "be",
  "able",
  "to",
  "compete",
  "Risk",
  "Factors",
  "Item",
  "1A.",
  "D.",
  "B.",
  "ITEM",
  "Risks",
  "Related",
  "to",
  "Our",
  "Business",
  "¥5,025",
  "million",
  "$3.3",
  "29.4%",
  "May",
  "2007",
  "March",
  "31,",
  "2008",
  "fiscal",
  "year",
  "ended",
  "shares",
  "2,178",
  "new",
  ".",
  ",",
  ":",
  "•",
  "-",
  "- ------",
  "-8-",
  "20",
  "Table",
  "of",
  "Contents",
  "<PAGE>",
  "&#146;",
  "&nbsp;",
  "“",
  "”",
  "Mr.",
  "U.S.",
  "also",
  "In",
  "addition",
  "could",
  "adversely",
  "affect",
  "our",
  "results",
  "\t",
  "\f",
  "\u00a0",
  "\u0092",
);
const filingLine = fc.array(filingWord, { maxLength: 25 }).map((words) => words.join(" "));
const filingText = fc
  .array(fc.oneof(filingLine, fc.constant(""), fc.string({ maxLength: 40 })), { maxLength: 40 })
  .map((lines) => lines.join("\n"));

/** HTML-ish strings: real tags with styles, broken tags, entities and text. */
const tagName = fc.constantFrom(
  "p",
  "div",
  "b",
  "i",
  "u",
  "em",
  "strong",
  "font",
  "span",
  "table",
  "tr",
  "td",
  "br",
  "hr",
  "li",
  "ul",
  "a",
  "h5",
  "pre",
  "center",
  "script",
  "style",
  "xbrl",
  "PAGE",
);
const attribute = fc.constantFrom(
  "",
  ' style="font-weight:bold"',
  ' style="font-style:italic; text-align:center"',
  ' style="text-decoration:underline"',
  ' style="display:none"',
  ' style="page-break-before:always"',
  ' class="b"',
  ' align="center"',
  ' href="#toc"',
);
const htmlPiece = fc.oneof(
  fc.tuple(tagName, attribute).map(([t, a]) => `<${t}${a}>`),
  tagName.map((t) => `</${t}>`),
  filingLine,
  fc.constantFrom(
    "<style>.b{font-weight:700}</style>",
    "<script>alert('x')</script>",
    "<!-- c -->",
    "&#149;",
    "&amp;",
    "<",
    ">",
    "&",
    '<p class="',
    "</",
  ),
  fc.string({ maxLength: 20 }),
);
const htmlText = fc.array(htmlPiece, { maxLength: 60 }).map((pieces) => pieces.join(""));

/**
 * Text outside the <script> elements a browser (and htmlparser2) would see in this HTML, or
 * undefined when no element at all is complete in it (then it is text, shown as such).
 */
function textOutsideScripts(html: string): string | undefined {
  let inScript = 0;
  let elements = 0;
  let outside = "";
  const parser = new Parser({
    onopentag(name) {
      elements++;
      if (name === "script") inScript++;
    },
    onclosetag(name) {
      if (name === "script") inScript = Math.max(0, inScript - 1);
    },
    ontext(text) {
      if (inScript === 0) outside += text;
    },
  });
  parser.write(html);
  parser.end();
  return elements === 0 ? undefined : outside;
}

function checkProperties(analysis: FilingAnalysis | undefined, html?: string): void {
  if (analysis === undefined) return;
  expect(findInvariantViolation(analysis)).toBeUndefined();
  for (const risk of analysis.riskFactors) {
    expect(risk.start).toBeGreaterThanOrEqual(0);
    expect(risk.end).toBeLessThanOrEqual(analysis.text.length);
  }
  // Script content never becomes text (text that only looks like script, outside one, may).
  // Input sniffed as plain text keeps its markup as literal text, which the reader escapes:
  // shown, never run, so only HTML-parsed input is held to this.
  const parsedAsHtml = !analysis.text.includes("<script>");
  const outside = html === undefined ? undefined : textOutsideScripts(html);
  if (parsedAsHtml && outside !== undefined && !outside.includes("alert"))
    expect(analysis.text).not.toContain("alert('x')");
}

describe("analyzeFiling on arbitrary input", () => {
  it("never throws but FilingReadError on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (content) => checkProperties(analyzeOrReadError(content))),
      { numRuns: RUNS },
    );
  });

  it("keeps its invariants on filing-like text", () => {
    fc.assert(
      fc.property(filingText, (content) => checkProperties(analyzeOrReadError(content, "f.txt"))),
      { numRuns: RUNS },
    );
  });

  it("keeps its invariants on HTML-ish strings, and never keeps script text", () => {
    fc.assert(
      fc.property(htmlText, (content) => checkProperties(analyzeOrReadError(content, "f.htm"), content)),
      { numRuns: RUNS },
    );
  });

  it("keeps its invariants on HTML-ish strings sniffed without a file name", () => {
    fc.assert(
      fc.property(htmlText, (content) => checkProperties(analyzeOrReadError(content), content)),
      { numRuns: RUNS },
    );
  });
});

describe("unreadable input", () => {
  it.each([
    ["empty", "", "empty"],
    ["whitespace", " \n\t\u00a0\n", "empty"],
    ["NUL bytes", "abc\u0000def", "binary"],
    ["a PDF", "%PDF-1.4\n%âãÏÓ\n1 0 obj", "binary"],
    ["control characters", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008".repeat(20), "binary"],
    ["replacement characters", "\uFFFD\uFFFDx\uFFFD".repeat(50), "binary"],
    ["markup only", "<html><body><script>var x = 1;</script><p> </p></body></html>", "no-text"],
    ["punctuation only", "... --- ***", "no-text"],
  ])("refuses %s with FilingReadError(%s)", (_, content, code) => {
    expect(() => analyzeFiling({ content })).toThrow(FilingReadError);
    try {
      analyzeFiling({ content });
    } catch (error) {
      expect((error as FilingReadError).code).toBe(code);
      expect((error as FilingReadError).message.length).toBeGreaterThan(0);
    }
  });
});
