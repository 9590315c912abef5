import fc from "fast-check";
import MarkdownIt, { type Token } from "markdown-it";
import { describe, expect, it } from "vitest";
import { filingBriefMarkdown } from "./brief";
import {
  ANNOTATIONS,
  BASE_URL,
  DISCUSSED,
  FILING,
  HIGHLIGHT,
  HOSTILE,
  OUTSIDE,
  RISK_FACTORS,
  annotationOn,
  comment,
  hostileText,
} from "./test-fixtures";
import type { ExportAnnotation } from "./types";

// html: true is the strictest reader: raw HTML that got through would be live.
const markdown = new MarkdownIt({ html: true });

function textOf(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((child) => (child.type === "text" ? child.content : child.type.endsWith("break") ? "\n" : ""))
    .join("");
}

/** The structure a reader (or a Markdown-to-anything converter) sees. */
function outline(source: string) {
  const tokens = markdown.parse(source, {});
  const headings: string[] = [];
  const count = new Map<string, number>();
  const links: string[] = [];
  const visit = (list: Token[]) => {
    list.forEach((token, i) => {
      count.set(token.type, (count.get(token.type) ?? 0) + 1);
      if (token.type === "heading_open") headings.push(`${token.tag} ${textOf(list[i + 1])}`);
      if (token.type === "link_open") links.push(String(token.attrGet("href")));
      if (token.children) visit(token.children);
    });
  };
  visit(tokens);
  return { headings, links, count: (type: string) => count.get(type) ?? 0 };
}

const brief = (annotations: ExportAnnotation[] = ANNOTATIONS) =>
  filingBriefMarkdown({ filing: FILING, riskFactors: RISK_FACTORS, annotations, baseUrl: BASE_URL });

describe("filingBriefMarkdown", () => {
  it("has one heading for the filing, one per risk factor in order, and one for the rest", () => {
    const shuffled = [...RISK_FACTORS].reverse();
    const source = filingBriefMarkdown({
      filing: FILING,
      riskFactors: shuffled,
      annotations: ANNOTATIONS,
      baseUrl: BASE_URL,
    });
    expect(source.startsWith("# Kabushiki Holdings, Inc. — 10-K 2024\n")).toBe(true);
    expect(outline(source).headings).toEqual([
      "h1 Kabushiki Holdings, Inc. — 10-K 2024",
      "h2 1. Customer concentration",
      "h2 2. Currency risk",
      "h2 3. Cybersecurity",
      "h2 Other annotations",
    ]);
  });

  it("files each annotation under the risk factor holding its start offset", () => {
    const source = brief();
    const section = (heading: string) => source.slice(source.indexOf(heading)).split("\n## ")[0]!;
    expect(section("## 1. Customer concentration")).toContain(`/a/${HIGHLIGHT.id}`);
    expect(section("## 2. Currency risk")).toContain(`/a/${DISCUSSED.id}`);
    expect(section("## 3. Cybersecurity")).toContain(`/a/${HOSTILE.id}`);
    expect(section("## Other annotations")).toContain(`/a/${OUTSIDE.id}`);
    expect(section("## 1. Customer concentration")).toContain("*Category: Market*");
  });

  it("writes an annotation's quote, label, author, state, tags, note, link and thread", () => {
    const source = brief([DISCUSSED]);
    expect(source).toContain(
      `- **Risk** · Ana Lima · Research · open · [Open in Marginalia](<${BASE_URL}/a/${DISCUSSED.id}>)`,
    );
    expect(source).toContain("  > In Egypt الهامش 🇪🇬 appears on every invoice");
    expect(source).toContain("  *Tags: fx, égypte, 日本*");
    // The note's Markdown shows as written, not as formatting.
    expect(source).toContain("  \\*\\*FX exposure\\*\\* in ¥ and EGP:");
    expect(source).toContain(
      [
        "  Replies:",
        "",
        "  - **Ben Okafor** · 2025-01-11:\\",
        "    Is the EGP exposure hedged?",
        "    - **Ana Lima** · 2025-01-11:\\",
        "      Partly — see \\*note 12\\*.",
        "      - **Ben Okafor** · 2025-01-11:\\",
        "        Thanks! مرحبا 👍",
        "  - [deleted]",
        "    - **Ben Okafor** · 2025-01-11:\\",
        "      Replying to a deleted comment",
      ].join("\n"),
    );
    expect(source).not.toContain("(removed)");
    expect(brief([HOSTILE])).toContain(" · resolved · ");
    expect(brief([OUTSIDE])).toContain("Ana Lima · Private · open");
  });

  it("nests the thread as lists a Markdown reader sees", () => {
    const tokens = markdown.parse(brief([DISCUSSED]), {});
    const depthOf = (text: string) => {
      let depth = 0;
      for (const token of tokens) {
        if (token.type === "bullet_list_open") depth++;
        if (token.type === "bullet_list_close") depth--;
        if (token.type === "inline" && textOf(token).includes(text)) return depth;
      }
      return -1;
    };
    expect(depthOf("Is the EGP exposure hedged?")).toBe(2);
    expect(depthOf("Partly — see *note 12*.")).toBe(3);
    expect(depthOf("Thanks!")).toBe(4);
    expect(depthOf("[deleted]")).toBe(2);
    expect(depthOf("Replying to a deleted comment")).toBe(3);
  });

  it("keeps headings, rules and HTML in notes and replies as text", () => {
    const source = brief([HOSTILE]);
    const structure = outline(source);
    expect(structure.headings).toEqual([
      "h1 Kabushiki Holdings, Inc. — 10-K 2024",
      "h2 1. Customer concentration",
      "h2 2. Currency risk",
      "h2 3. Cybersecurity",
    ]);
    for (const type of ["hr", "html_block", "html_inline", "ordered_list_open", "code_block", "fence"]) {
      expect(structure.count(type), type).toBe(0);
    }
    const rendered = markdown.render(source);
    expect(rendered).toContain("# Not a heading<br>");
    expect(rendered).toContain("&lt;h1&gt;raw&lt;/h1&gt;");
    expect(rendered).toContain("=HYPERLINK(&quot;http://evil.example&quot;)");
  });

  it("says when a risk factor has no annotations, and leaves out an empty 'Other' section", () => {
    const source = brief([HIGHLIGHT]);
    expect(source).toContain("## 2. Currency risk\n\n*Category: Financial*\n\n*No annotations.*");
    expect(source).not.toContain("Other annotations");
    const noYear = filingBriefMarkdown({
      filing: { ...FILING, fiscalYear: null },
      riskFactors: [],
      annotations: [],
      baseUrl: BASE_URL,
    });
    expect(noYear).toBe("# Kabushiki Holdings, Inc. — 10-K\n");
  });

  it("files an annotation that spans two risk factors under the one where it starts", () => {
    const spanning = annotationOn("or ¥5,025 million.\n\nCurrency fluctuations", { id: "spanning" });
    expect(spanning.end).toBeGreaterThan(RISK_FACTORS[1]!.start);
    const source = brief([spanning]);
    expect(source.indexOf("/a/spanning")).toBeGreaterThan(source.indexOf("## 1. Customer concentration"));
    expect(source.indexOf("/a/spanning")).toBeLessThan(source.indexOf("## 2. Currency risk"));
  });

  it("orders annotations within a section by offset", () => {
    const later = annotationOn("damage to our reputation", { id: "later" });
    const source = brief([later, HOSTILE]);
    expect(source.indexOf(`/a/${HOSTILE.id}`)).toBeLessThan(source.indexOf("/a/later"));
  });

  it("cannot be broken by any user or filing text (property)", () => {
    const nonEmpty = hostileText.filter((text) => text.trim() !== "");
    fc.assert(
      fc.property(
        fc.record({
          company: hostileText,
          title: hostileText,
          category: nonEmpty,
          exact: nonEmpty,
          note: hostileText,
          label: nonEmpty,
          author: hostileText,
          tag: nonEmpty,
          reply: hostileText,
          nested: hostileText,
        }),
        (text) => {
          const annotation = annotationOn("regulatory penalties", {
            id: "hostile",
            exact: text.exact,
            note: text.note,
            label: text.label,
            authorName: text.author,
            tags: [text.tag],
            comments: [
              comment({ id: "r1", body: text.reply, authorName: text.author }),
              comment({ id: "r2", parentId: "r1", body: text.nested }),
              comment({ id: "r3", parentId: "r1", body: "x", deletedAt: new Date("2025-03-01T00:00:00Z") }),
            ],
          });
          const source = filingBriefMarkdown({
            filing: { ...FILING, company: text.company },
            riskFactors: [{ ...RISK_FACTORS[2]!, title: text.title, category: text.category }],
            annotations: [annotation, OUTSIDE],
            baseUrl: BASE_URL,
          });
          const structure = outline(source);
          const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();
          expect(structure.headings).toEqual([
            `h1 ${oneLine(`${text.company} — 10-K 2024`)}`,
            `h2 ${`3. ${oneLine(text.title)}`.trim()}`,
            "h2 Other annotations",
          ]);
          expect(structure.links).toEqual([`${BASE_URL}/a/hostile`, `${BASE_URL}/a/${OUTSIDE.id}`]);
          // Two annotations, three replies: nothing else becomes a list item, quote or heading.
          expect(structure.count("list_item_open")).toBe(5);
          expect(structure.count("blockquote_open")).toBe(2);
          // Labels and reply authors are bold; category and tags italic; nothing else.
          expect(structure.count("strong_open")).toBe(4);
          expect(structure.count("em_open")).toBe(3);
          for (const type of [
            "hr",
            "html_block",
            "html_inline",
            "code_block",
            "fence",
            "code_inline",
            "table_open",
          ]) {
            expect(structure.count(type), type).toBe(0);
          }
          expect(structure.count("ordered_list_open")).toBe(0);
          expect(structure.count("image")).toBe(0);
          expect(structure.count("s_open")).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
