import { describe, expect, it } from "vitest";
import { parseReaderQuery } from "./reader-query";

const text = "Our revenue fell. Our revenue rose again in the second half of the year.";

describe("the reader's query", () => {
  it("finds a selection link's passage by its context, and says when it is gone", () => {
    const second = text.lastIndexOf("Our revenue");
    expect(parseReaderQuery({ quote: "Our revenue", prefix: "fell. " }, text).sharedSelection).toEqual({
      start: second,
      end: second + "Our revenue".length,
    });
    expect(parseReaderQuery({ quote: "Net loss widened sharply" }, text).sharedSelection).toBe("missing");
    expect(parseReaderQuery({}, text).sharedSelection).toBeNull();
  });

  it("keeps only well-formed hide tokens, takes the first of a repeated parameter", () => {
    const query = parseReaderQuery(
      { hide: ["grp-legal,fig-date", "<script>", "grp-"], annotation: ["a", "b"], already: "1" },
      text,
    );
    expect(query).toMatchObject({
      hidden: ["grp-legal", "fig-date"],
      openNoteId: "a",
      alreadyImported: true,
    });
  });
});
