import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import type { Block, Figure } from "@/lib/filing/types";
import { renderFilingHtml } from "./filing-html";

const text = "D. Risk Factors\n\nWe may <fail>.\n\nIt cost ¥5,025 million & more.\n\n- first item";
const at = (needle: string) => text.indexOf(needle);
const blocks: Block[] = [
  { id: "sec-d", kind: "sectionHeading", start: 0, end: 15 },
  { id: "risk-1-we-may-fail", kind: "riskTitle", start: at("We may"), end: at("We may") + 14 },
  { id: "p-3", kind: "paragraph", start: at("It cost"), end: at("It cost") + 29 },
  { id: "p-4", kind: "listItem", start: at("- first"), end: text.length },
];
const figures: Figure[] = [
  {
    kind: "money",
    text: "¥5,025 million",
    value: 5025000000,
    unit: "JPY",
    start: at("¥"),
    end: at("¥") + 14,
  },
];

function render() {
  return renderFilingHtml({
    text,
    blocks,
    figures,
    riskFactors: [
      {
        blockId: "risk-1-we-may-fail",
        title: "We may <fail>.",
        category: "execution",
        categoryLabel: "Execution",
        group: "strategy-competition",
        groupLabel: "Strategy & competition",
        reason: "title mentions “fail”",
      },
    ],
  });
}

/** The text a browser would see inside each offset anchor, by its data-start. */
function anchoredText(html: string): Map<number, string> {
  const document = parseDocument(html, { decodeEntities: true });
  const anchors = DomUtils.findAll(
    (element) => element.attribs["data-start"] !== undefined,
    document.children,
  );
  return new Map(
    anchors.map((element) => [Number(element.attribs["data-start"]), DomUtils.textContent(element)]),
  );
}

describe("renderFilingHtml", () => {
  it("escapes filing text, so markup in a filing is shown, never run", () => {
    const html = render();
    expect(html).toContain("We may &lt;fail&gt;.");
    expect(html).not.toContain("<fail>");
    expect(html).toContain("&amp; more");
  });

  it("keeps each block's text exactly equal to its canonical slice, figure marks included", () => {
    const spans = anchoredText(render());
    for (const block of blocks) expect(spans.get(block.start)).toBe(text.slice(block.start, block.end));
  });

  it("marks figures with their normalized value and risk titles with their category", () => {
    const html = render();
    expect(html).toContain('value="5025000000"');
    // The first figure is the figures' one tab stop; the others are reached with the arrow keys.
    expect(html).toMatch(/<data id="f-\d+"[^>]*tabindex="0">¥5,025 million/);
    expect(html).toContain("JPY 5,025,000,000");
    expect(html).toMatch(
      /<h3 id="risk-1-we-may-fail" class="reader-block risk-title" data-category="execution" data-group="strategy-competition" style="--cat:#dc2626"/,
    );
    // The chip names the finer category; its tooltip the group and why.
    expect(html).toContain('title="Strategy &amp; competition › Execution. Why: title mentions “fail”."');
    expect(html).toContain('<ul class="reader-list"><li id="p-4"');
    expect(html).not.toContain("not itemised");
  });

  it("says when a risk section has no itemised risk factors, under its heading", () => {
    const plain = "Risk factors\n\nOur business faces many risks, which we discuss here in general terms.";
    const html = renderFilingHtml({
      text: plain,
      blocks: [
        { id: "sec-risk-factors", kind: "sectionHeading", start: 0, end: 12 },
        { id: "p-2", kind: "paragraph", start: 14, end: plain.length },
      ],
      figures: [],
      riskFactors: [],
      sections: [
        {
          label: "",
          title: "Risk factors",
          level: 2,
          start: 0,
          end: plain.length,
          blockId: "sec-risk-factors",
        },
      ],
    });
    expect(html).toMatch(/<\/h2><p class="reader-note" role="note">Risk factors not itemised in this filing/);
  });

  it("adds a tagged fact and a flagged check to a figure's description, as text, and marks it for the eye", () => {
    const html = renderFilingHtml({
      text,
      blocks,
      figures: [
        {
          ...figures[0]!,
          fact: "Revenues (us-gaap:Revenues)\n1 Jan 2024 to 31 Dec 2024\nJPY 5,025,000,000\nSegment: <b>",
          check: {
            status: "disagrees",
            message: "The sentence speaks of revenue, but no tagged revenue rounds to it",
          },
        },
      ],
      riskFactors: [],
    });
    const document = parseDocument(html, { decodeEntities: true });
    const figure = DomUtils.findOne((element) => element.name === "data", document.children)!;
    expect(figure.attribs["data-tagged"]).toBe("");
    expect(figure.attribs["data-check"]).toBe("disagrees");
    expect(figure.attribs["aria-description"]!.split("\n")).toEqual([
      "Money: JPY 5,025,000,000",
      "Tagged: Revenues (us-gaap:Revenues)",
      "1 Jan 2024 to 31 Dec 2024",
      "JPY 5,025,000,000",
      "Segment: <b>",
      "Check this figure: The sentence speaks of revenue, but no tagged revenue rounds to it.",
    ]);
    expect(html).not.toContain("<b>");
    // The marks change nothing of the text offsets map to.
    const spans = anchoredText(html);
    for (const block of blocks) expect(spans.get(block.start)).toBe(text.slice(block.start, block.end));
  });

  it("links each risk title of an annual report to its row in the company's risk factors over the years", () => {
    const html = renderFilingHtml({
      text,
      blocks,
      figures: [],
      riskFactors: [],
      filingSlug: "iij-20-f-2008",
      riskHistoryPath: "/companies/0001105701/risks",
    });
    expect(html).toContain(
      '<a href="/companies/0001105701/risks#iij-20-f-2008--risk-1-we-may-fail" class="copy-link" aria-label="history: this risk factor over the years">history</a>',
    );
    expect(render()).not.toContain("over the years");
  });
});
