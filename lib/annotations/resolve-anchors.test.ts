import { describe, expect, it } from "vitest";
import { describeSelection } from "@/lib/anchoring";
import { resolveAnchors } from "./resolve-anchors";

const text =
  "Our business is principally conducted in Japan. In May 2007, we acquired hi-ho for ¥1,230 million in cash. Price competition is severe.";

function stored(start: number, end: number, hash = "h1") {
  const { quote, position } = describeSelection(text, start, end);
  return {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position.start,
    end: position.end,
    textHash: hash,
  };
}

describe("resolveAnchors", () => {
  it("trusts selectors taken on the same text", () => {
    const at = text.indexOf("¥1,230 million");
    const [resolved] = resolveAnchors(text, "h1", [stored(at, at + 14)]);
    expect(resolved!.anchor).toEqual({ status: "anchored", start: at, end: at + 14, changed: false });
  });

  it("follows a passage when text is inserted before it, and orphans one that was deleted", () => {
    const at = text.indexOf("¥1,230 million");
    const gone = text.indexOf("Price competition is severe.");
    const annotations = [stored(at, at + 14), stored(gone, gone + 28)];
    const edited = "FORWARD-LOOKING STATEMENTS. " + text.replace("Price competition is severe.", "");
    const [moved, orphan] = resolveAnchors(edited, "h2", annotations);
    const newAt = edited.indexOf("¥1,230 million");
    expect(moved!.anchor).toEqual({ status: "anchored", start: newAt, end: newAt + 14, changed: true });
    expect(orphan!.anchor).toEqual({ status: "orphan" });
  });

  it("takes stored anchors as they are: an orphan stays one, a note found fuzzily is 'changed'", () => {
    const at = text.indexOf("¥1,230 million");
    const orphaned = { ...stored(at, at + 14), orphanedAt: new Date() };
    // Re-anchored by a replacement onto text that reads differently from the quote as written.
    const reworded = { ...stored(at, at + 14), exact: "¥1,230 millions" };
    const [orphan, fuzzy] = resolveAnchors(text, "h1", [orphaned, reworded]);
    expect(orphan!.anchor).toEqual({ status: "orphan" });
    expect(fuzzy!.anchor).toEqual({ status: "anchored", start: at, end: at + 14, changed: true });
  });
});
