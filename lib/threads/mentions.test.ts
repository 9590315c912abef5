import { describe, expect, it } from "vitest";
import { codeRanges, isValidHandle, mentionedHandles, parseMentions } from "./mentions";

const KNOWN = ["jane.doe", "Bob", "ops-team", "a_b", "al"];

function handles(markdown: string, known = KNOWN): string[] {
  return parseMentions(markdown, known).map((m) => m.handle);
}

describe("parseMentions", () => {
  it("finds known handles with their ranges, case-insensitively", () => {
    const md = "Thanks @Jane.Doe — can @bob and @OPS-TEAM check the 47% figure?";
    const mentions = parseMentions(md, KNOWN);
    expect(mentions).toEqual([
      { handle: "jane.doe", start: 7, end: 16 },
      { handle: "Bob", start: md.indexOf("@bob"), end: md.indexOf("@bob") + 4 },
      { handle: "ops-team", start: md.indexOf("@OPS"), end: md.indexOf("@OPS") + 9 },
    ]);
    for (const m of mentions)
      expect(md.slice(m.start, m.end).toLowerCase()).toBe(`@${m.handle.toLowerCase()}`);
  });

  it("ignores unknown handles and handles of the wrong length", () => {
    expect(handles("@nobody @x @al", [...KNOWN, "x", "a".repeat(33)])).toEqual(["al"]);
    expect(handles("@" + "a".repeat(33), ["a".repeat(33)])).toEqual([]);
    expect(handles("@" + "a".repeat(32), ["a".repeat(32)])).toEqual(["a".repeat(32)]);
  });

  it("reads trailing punctuation and emphasis as not part of the handle", () => {
    expect(handles("Ask @jane.doe. Or @bob...")).toEqual(["jane.doe", "Bob"]);
    expect(handles("_@bob_ and **@al**, (@jane.doe)")).toEqual(["Bob", "al", "jane.doe"]);
    expect(handles("@a_b is a handle, @bob_x is not")).toEqual(["a_b"]);
    const [m] = parseMentions("cc @bob.", KNOWN);
    expect(m).toEqual({ handle: "Bob", start: 3, end: 7 });
  });

  it("skips e-mail addresses, URLs, escapes and longer words", () => {
    expect(handles("Mail jane.doe@bob.com or bob@example.com")).toEqual([]);
    expect(handles("See https://medium.com/@bob and [post](https://x.com/@al)")).toEqual([]);
    expect(handles("Not a mention: \\@bob; @bobby; @bob@example.com; @bobé")).toEqual([]);
    expect(handles("@@bob")).toEqual([]);
  });

  it("skips inline code spans but not text around them", () => {
    expect(handles("Use `@bob` or ``code with ` and @al`` then @jane.doe")).toEqual(["jane.doe"]);
    // An unclosed backtick is literal.
    expect(handles("a lone ` then @bob")).toEqual(["Bob"]);
    // An escaped backtick opens nothing: here the second and third backticks make the span.
    expect(handles("\\`@bob` and `@al`")).toEqual(["Bob", "al"]);
    expect(handles("\\`@bob\\` and `@al`")).toEqual(["Bob"]);
    // A code span does not run across a paragraph break.
    expect(handles("start ` here\n\n@bob ` end")).toEqual(["Bob"]);
  });

  it("skips fenced code blocks", () => {
    const md = [
      "Ping @bob about this:",
      "````ts",
      "@al decorator",
      "```",
      "still code @jane.doe (a shorter fence does not close a longer one)",
      "`````",
      "~~~",
      "@ops-team",
      "~~~",
      "> ```",
      "> @al in a quoted fence",
      "> ```",
      "Back to prose, @al.",
      "```",
      "unclosed @bob",
    ].join("\n");
    expect(parseMentions(md, KNOWN).map((m) => [m.handle, m.start])).toEqual([
      ["Bob", 5],
      ["al", md.indexOf("@al.")],
    ]);
  });

  it("lists each mentioned handle once, in order of first mention", () => {
    expect(mentionedHandles("@al @bob @AL @jane.doe @bob", KNOWN)).toEqual(["al", "Bob", "jane.doe"]);
    expect(mentionedHandles("no mentions here", KNOWN)).toEqual([]);
    expect(mentionedHandles("@bob", [])).toEqual([]);
  });
});

describe("codeRanges", () => {
  it("returns sorted, disjoint ranges covering code", () => {
    const md = "a `b` c\n```\nd\n```\ne ``f``";
    const ranges = codeRanges(md).map((r) => md.slice(r.start, r.end));
    expect(ranges).toEqual(["`b`", "```\nd\n```", "``f``"]);
  });
});

describe("isValidHandle", () => {
  it("accepts 2–32 of a-z, 0-9, '.', '_', '-'", () => {
    for (const ok of ["al", "jane.doe", "a_b", "ops-team", "X9", "a".repeat(32)])
      expect(isValidHandle(ok)).toBe(true);
    for (const bad of ["a", "", "a b", "é.lise", "a".repeat(33), "bob!"])
      expect(isValidHandle(bad)).toBe(false);
  });
});
