import { describe, expect, it } from "vitest";
import { figureId, figureStartOf, READER_SELECTOR } from "./dom-contract";

describe("the reader's DOM contract", () => {
  it("names a figure by its start offset, and reads it back from nothing else", () => {
    expect(figureStartOf(figureId(1234))).toBe(1234);
    expect(figureStartOf("risk-1-we-may")).toBeNull();
    expect(figureStartOf("f-abc")).toBeNull();
    expect(READER_SELECTOR.blockText).toBe(".block-text");
  });
});
