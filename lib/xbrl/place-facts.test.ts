import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { readFilingFacts } from "./filing-facts";
import { placeFacts } from "./place-facts";

const shown = (displayed: string, within?: number) => ({
  displayed,
  hidden: false,
  ...(within !== undefined ? { within } : {}),
});
const slices = (text: string, places: ReturnType<typeof placeFacts>) =>
  places.map((place) => (place ? text.slice(place.start, place.end) : null));

describe("placeFacts", () => {
  it("finds each fact after the one before, as a whole token, ignoring whitespace", () => {
    const text = "Fiscal 2025 revenue was $5 million.\nCosts\t1,234\t5,678 and 5 more.";
    const places = placeFacts(text, [shown("5"), shown("1,2345,678"), shown("5")]);
    // Not the 5 of 2025; the cells across a tab; the next 5 after the cells.
    expect(places[0]).toEqual({ start: text.indexOf("$5") + 1, end: text.indexOf("$5") + 2 });
    expect(slices(text, places)[1]).toBe("1,234\t5,678");
    expect(places[2]!.start).toBe(text.indexOf("5 more"));
  });

  it("never places hidden facts, and leaves out what is not in the text", () => {
    const text = "Total assets 111,601.";
    expect(
      placeFacts(text, [{ displayed: "111,601", hidden: true }, shown("999"), shown("111,601")]),
    ).toEqual([null, null, { start: 13, end: 20 }]);
  });

  it("is not carried away by a fact whose only copy is far out of order", () => {
    // The cover's file number is shown only in an exhibit list at the end; the facts after it
    // on the cover are still found on the cover.
    const text = "FORM 10-K Netflix, Inc. Delaware Los Gatos ... Exhibits: 001-35727 Delaware Los Gatos";
    const places = placeFacts(text, [
      shown("10-K"),
      shown("001-35727"),
      shown("Netflix, Inc."),
      shown("Delaware"),
      shown("Los Gatos"),
    ]);
    expect(places[3]!.start).toBe(text.indexOf("Delaware"));
    expect(places[4]!.start).toBe(text.indexOf("Los Gatos"));
  });

  it("places a fact inside another's element within it, and a long text fact by its ends", () => {
    const body = "We issued notes of $500 million due 2030, with interest paid twice a year on each note.";
    const text = `Other text. ${body} After.`;
    const places = placeFacts(text, [shown(body), shown("500", 0), shown("500", 1)]);
    expect(slices(text, places)).toEqual([body, "500", "500"]);
  });

  it("finds a long text fact whose first and last characters cut a word", () => {
    // The element runs its heading into its paragraph; the text lays them out apart. Cut at
    // 48, 32 or 20 characters, its start ends inside "financial", "accompanying", "The"; its
    // last characters start inside a word.
    const heading = "Basis of Presentation";
    const paragraph =
      "The accompanying consolidated financial statements of the Company have been prepared in " +
      "accordance with the instructions to Form 10-Q and do not include all of the information required.";
    const text = `Notes.\n\n${heading}\n\n${paragraph}\n\nRecently Adopted`;
    const places = placeFacts(text, [shown(heading + paragraph)]);
    expect(slices(text, places)).toEqual([`${heading}\n\n${paragraph}`]);
  });

  it("places the facts inside a text fact each after the one found before it in there", () => {
    const sentence =
      "We operate in the U.S., Canada, and Mexico, each representing one of our three operating " +
      "segments, which we aggregate into one reportable segment.";
    const table = "Derivative liabilities (904) (778) Total (904) (778)";
    const text = `Business\n\n${sentence}\n\n${table}`;
    const places = placeFacts(text, [
      shown(`Business${sentence}${table}`),
      shown("three", 0),
      shown("one", 0),
      shown("904", 0),
      shown("778", 0),
      shown("904", 0),
      shown("778", 0),
    ]);
    expect(places.slice(1).map((place) => place?.start)).toEqual([
      text.indexOf("three"),
      text.indexOf("one reportable"),
      text.indexOf("904"),
      text.indexOf("778"),
      text.lastIndexOf("904"),
      text.lastIndexOf("778"),
    ]);
  });
});

describe("placeFacts on a whole 10-K (Netflix FY2024)", () => {
  it("places nearly every shown fact, each on its own displayed text", () => {
    const html = readFileSync("lib/filing/__fixtures__/netflix-10k-fy2024.htm", "utf8");
    const { text } = analyzeFiling({ content: html, fileName: "netflix-10k-fy2024.htm" });
    const { facts } = readFilingFacts(html, text);
    const visible = facts.filter((fact) => !fact.hidden);
    const placed = visible.filter((fact) => fact.start !== undefined);
    expect(placed.length / visible.length).toBeGreaterThanOrEqual(0.95);
    const numbers = visible.filter((fact) => fact.kind === "nonFraction");
    expect(numbers.filter((fact) => fact.start !== undefined).length / numbers.length).toBeGreaterThanOrEqual(
      0.99,
    );
    for (const fact of placed.filter((fact) => fact.displayed.length <= 96))
      expect(text.slice(fact.start, fact.end).replace(/\s+/g, "")).toBe(fact.displayed.replace(/\s+/g, ""));
    // The income statement's total revenue lands in the income statement's row.
    const revenue = placed.find(
      (fact) => fact.concept === "us-gaap:Revenues" && Object.keys(fact.dimensions).length === 0,
    )!;
    expect(text.slice(revenue.start! - 60, revenue.start)).toMatch(/Revenues/);
  }, 30_000);
});
