import fc from "fast-check";
import MarkdownIt, { type Token } from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdownInline, markdownInlineText, markdownTextLines } from "./markdown-escape";
import { hostileText } from "./test-fixtures";

// html: true is the strictest reader: any raw HTML that got through would be live.
const markdown = new MarkdownIt({ html: true });

/** The text a reader sees, paragraphs separated by a blank line and breaks by a newline. */
function renderedText(source: string): { text: string; blockTypes: string[]; inlineTypes: string[] } {
  const tokens = markdown.parse(source, {});
  const paragraphs: string[] = [];
  const inlineTypes = new Set<string>();
  for (const token of tokens) {
    if (token.type !== "inline") continue;
    paragraphs.push(
      (token.children ?? [])
        .map((child: Token) => {
          inlineTypes.add(child.type);
          return child.type === "text" ? child.content : child.type.endsWith("break") ? "\n" : "";
        })
        .join(""),
    );
  }
  return {
    text: paragraphs.join("\n\n"),
    blockTypes: [...new Set(tokens.map((token) => token.type))].sort(),
    inlineTypes: [...inlineTypes].sort(),
  };
}

/** What the text should read as: lines trimmed, blank runs one paragraph break, no NUL. */
function expectedText(text: string): string {
  return text
    .replaceAll("\u0000", "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{2,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}

describe("markdownTextLines", () => {
  it("keeps Markdown syntax as literal text", () => {
    const note =
      "# Not a heading\n## Nor this\n---\n=====\n- not a list\n1. nor this\n> nor a quote\n```\ncode?\n|\n:-\na | b\n:-|-:";
    const source = markdownTextLines(note).join("\n");
    const rendered = renderedText(source);
    expect(rendered.text).toBe(expectedText(note));
    expect(rendered.blockTypes).toEqual(["inline", "paragraph_close", "paragraph_open"]);
  });

  it("keeps line breaks and paragraph breaks", () => {
    expect(markdownTextLines("one\ntwo\r\n\r\n\n\nthree")).toEqual(["one\\", "two", "", "three"]);
    expect(markdownTextLines("  \n\n")).toEqual([]);
  });

  it("escapes a backslash so the line-break backslash stays a line break", () => {
    expect(markdownTextLines("ends with \\\nnext")).toEqual(["ends with \\\\\\", "next"]);
    expect(renderedText(markdownTextLines("ends with \\\nnext").join("\n")).text).toBe("ends with \\\nnext");
  });

  it("leaves ordinary prose readable", () => {
    expect(markdownTextLines("Net sales grew 8% to $4.2 billion (non-GAAP).")).toEqual([
      "Net sales grew 8% to $4.2 billion (non-GAAP).",
    ]);
  });

  it("renders any text as exactly that text in plain paragraphs (property)", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const rendered = renderedText(markdownTextLines(text).join("\n"));
        expect(rendered.text).toBe(expectedText(text));
        for (const type of rendered.blockTypes)
          expect(["inline", "paragraph_close", "paragraph_open"]).toContain(type);
        for (const type of rendered.inlineTypes) expect(["hardbreak", "text"]).toContain(type);
      }),
      { numRuns: 400 },
    );
  });
});

describe("inline escaping", () => {
  it("escapes only what can start inline Markdown", () => {
    expect(escapeMarkdownInline("a*b_c`d[e]f<g>h~i|j&k#l\\m")).toBe(
      "a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\~i\\|j\\&k\\#l\\\\m",
    );
    expect(escapeMarkdownInline("10-K (2024): 8.5% — ¥5,025")).toBe("10-K (2024): 8.5% — ¥5,025");
  });

  it("puts a multi-line value on one line", () => {
    expect(markdownInlineText("  Risk\n\n## factor\t*x*  ")).toBe("Risk \\#\\# factor \\*x\\*");
  });
});
