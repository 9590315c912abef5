import { describe, expect, it } from "vitest";
import {
  MAX_SEARCH_TERMS,
  SNIPPET_MARK_END,
  SNIPPET_MARK_START,
  filtersNotesOnly,
  markdownSnippetText,
  searchParamsSchema,
  splitSnippet,
  searchWords,
} from "./query";

describe("searchWords", () => {
  it("keeps the words and none of the tsquery syntax or quotes", () => {
    expect(searchWords("Exchange curren")).toEqual(["exchange", "curren"]);
    expect(searchWords("yen' | !(rate) & <-> 'x")).toEqual(["yen", "rate", "x"]);
    expect(searchWords(`'; DROP TABLE "Filing"; --`)).toEqual(["drop", "table", "filing"]);
  });

  it("keeps letters of any script and digits, drops repeats, caps the count", () => {
    expect(searchWords("円 Ünïcode ünïcode 2008")).toEqual(["円", "ünïcode", "2008"]);
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(" ");
    expect(searchWords(many)).toHaveLength(MAX_SEARCH_TERMS);
  });

  it("is empty when there are no words", () => {
    expect(searchWords("  !!! ")).toEqual([]);
  });
});

describe("searchParamsSchema", () => {
  it("accepts an empty search and fills defaults", () => {
    expect(searchParamsSchema.parse({})).toMatchObject({ q: "", page: 1 });
  });

  it("treats empty filter values as absent", () => {
    const parsed = searchParamsSchema.parse({ q: "yen", label: "", workspace: "", state: "", filing: " " });
    expect(parsed).toEqual({ q: "yen", page: 1 });
    expect(filtersNotesOnly(parsed)).toBe(false);
  });

  it("rejects unknown labels, states and overlong queries with messages", () => {
    const result = searchParamsSchema.safeParse({ q: "x".repeat(201), label: "Nope", state: "done" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain("Unknown label.");
    expect(messages).toContain("State is open or resolved.");
    expect(messages.some((message) => message.includes("under 200"))).toBe(true);
  });

  it("knows which filters only apply to notes", () => {
    expect(filtersNotesOnly(searchParamsSchema.parse({ q: "a", state: "open" }))).toBe(true);
    expect(filtersNotesOnly(searchParamsSchema.parse({ q: "a", form: "20-F" }))).toBe(false);
  });
});

describe("splitSnippet", () => {
  it("splits marked words out and keeps markup as plain text", () => {
    const snippet = `the ${SNIPPET_MARK_START}yen${SNIPPET_MARK_END} <b>rose</b> ${SNIPPET_MARK_START}fast${SNIPPET_MARK_END}`;
    expect(splitSnippet(snippet)).toEqual([
      { text: "the ", match: false },
      { text: "yen", match: true },
      { text: " <b>rose</b> ", match: false },
      { text: "fast", match: true },
    ]);
  });
});

describe("search parameters with NUL", () => {
  it("drops NUL from the query and the filters (PostgreSQL text cannot hold it)", () => {
    const parsed = searchParamsSchema.parse({ q: "risk\u0000s", filing: "acme\u0000", author: "\u0000" });
    expect(parsed.q).toBe("risks");
    expect(parsed.filing).toBe("acme");
    expect(parsed.author).toBeUndefined();
  });
});

describe("markdownSnippetText", () => {
  const mark = (word: string) => `${SNIPPET_MARK_START}${word}${SNIPPET_MARK_END}`;

  it("shows a note's Markdown as the text it renders to, keeping the marks", () => {
    expect(
      markdownSnippetText(
        `**No non-competes**: ask ${mark("retention")} via [NTT IR](https://www.ntt.co.jp/ir/)`,
      ),
    ).toBe(`No non-competes: ask ${mark("retention")} via NTT IR`);
    expect(markdownSnippetText(`- first ${mark("yen")} point\n- *second* point`)).toBe(
      `first ${mark("yen")} point second point`,
    );
    expect(markdownSnippetText(`**${mark("bold")}** and \`code\``)).toBe(`${mark("bold")} and code`);
  });

  it("drops a link target cut off at the fragment's end, and leaves plain text alone", () => {
    expect(markdownSnippetText("see [the report](https://example.com/a")).toBe("see the report");
    expect(markdownSnippetText("rates of 5% and 7% a year")).toBe("rates of 5% and 7% a year");
  });
});
