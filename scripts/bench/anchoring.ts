/**
 * Anchoring a long quote again after its passage was edited, in the whole 10-K: the fuzzy
 * search a replacement of a filing's text (or an old note) costs, with and without the
 * position it was made at.
 */
import fs from "node:fs";
import path from "node:path";
import { anchor, describeSelection, prepareText } from "@/lib/anchoring";
import { analyzeFiling } from "@/lib/filing/analyze";
import { summarize } from "./stats";

export interface AnchoringTiming {
  quoteLength: number;
  withPosition: ReturnType<typeof summarize>;
  withoutPosition: ReturnType<typeof summarize>;
}

/** Times `runs` fuzzy anchorings of a 600-character quote with one word in twelve changed. */
export function measureEditedQuoteAnchoring(root: string, fixture: string, runs = 10): AnchoringTiming {
  const content = fs.readFileSync(path.join(root, fixture), "utf8");
  const text = analyzeFiling({ content, fileName: path.basename(fixture) }).text;
  // A passage the filing holds once (a repeated one would be found, unedited, elsewhere).
  let start = text.indexOf(" ", Math.floor(text.length * 0.6)) + 1;
  let end = text.lastIndexOf(" ", start + 600);
  while (text.indexOf(text.slice(start, end)) !== text.lastIndexOf(text.slice(start, end))) {
    start = text.indexOf(" ", start + 600) + 1;
    end = text.lastIndexOf(" ", start + 600);
  }
  const selectors = describeSelection(text, start, end);
  const quote = text.slice(start, end);
  const changed = quote
    .split(" ")
    .map((word, index) => (index % 12 === 5 ? "revised" : word))
    .join(" ");
  const edited = prepareText(text.slice(0, start) + changed + text.slice(end));
  const time = (selectorsUsed: Parameters<typeof anchor>[1]) =>
    summarize(
      Array.from({ length: runs }, () => {
        const began = performance.now();
        const found = anchor(edited, selectorsUsed);
        const elapsed = performance.now() - began;
        if (found.status !== "fuzzy" || Math.abs(found.start - start) > 20)
          throw new Error(`the edited quote was not found again (${JSON.stringify(found)})`);
        return elapsed;
      }),
    );
  return {
    quoteLength: quote.length,
    withPosition: time(selectors),
    withoutPosition: time({ quote: selectors.quote }),
  };
}
