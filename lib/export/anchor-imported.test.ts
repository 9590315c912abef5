import { describe, expect, it } from "vitest";
import { anchorImported } from "./anchor-imported";
import type { ImportedAnnotation } from "./import-web-annotations";

const text = "Our revenues fell. The yen rose against the dollar in 2008. Costs grew.";

function imported(overrides: Partial<ImportedAnnotation>): ImportedAnnotation {
  return {
    sourceId: "a1",
    source: null,
    exact: "The yen rose",
    prefix: "fell. ",
    suffix: " against",
    start: 19,
    end: 31,
    label: "Risk",
    note: "fx",
    tags: ["yen"],
    replies: [],
    ...overrides,
  };
}

describe("anchorImported", () => {
  it("keeps the position when the quote is still there and takes fresh context", async () => {
    const result = await anchorImported(text, [imported({})]);
    expect(result).toMatchObject({
      ok: true,
      rows: [{ selector: { exact: "The yen rose", start: 19, end: 31 } }],
    });
    expect(result.ok && result.rows[0]!.selector.prefix).toBe("Our revenues fell. ");
  });

  it("finds the quote when the text moved (another version of the filing)", async () => {
    const edited = `Summary. ${text}`;
    const result = await anchorImported(edited, [imported({})]);
    expect(result.ok && result.rows[0]!.selector.start).toBe(edited.indexOf("The yen rose"));
  });

  it("names every annotation it cannot place and places none", async () => {
    const result = await anchorImported(text, [
      imported({}),
      imported({ exact: "a sentence about interest rate swaps in Brazil", start: null, end: null }),
    ]);
    expect(result).toEqual({
      ok: false,
      reason: "unplaced",
      errors: [expect.stringContaining("annotation 2 (“a sentence about interest rate swaps")],
    });
  });

  it("gives up on the approximate search when its time is up, naming how many were left", async () => {
    // A clock that jumps past the budget after the exact pass: nothing else is searched.
    let tick = 0;
    const result = await anchorImported(
      text,
      [imported({}), imported({ exact: "interest rate swaps in Brazil", start: null, end: null })],
      { budgetMs: 1_000, now: () => (tick++ === 0 ? 0 : 5_000) },
    );
    expect(result).toMatchObject({ ok: false, reason: "too-slow", placed: 1, total: 2 });
    expect(result.ok ? "" : result.errors[0]).toMatch(/1 of 2 could not be looked for in the 1 s allowed/);
  });

  it("keeps reply threads and re-roots replies whose parent is missing", async () => {
    const result = await anchorImported(text, [
      imported({
        replies: [
          { sourceId: "r1", parentSourceId: null, body: "first" },
          { sourceId: "r2", parentSourceId: "r1", body: "answer" },
          { sourceId: null, parentSourceId: "gone", body: "orphaned reply" },
        ],
      }),
    ]);
    expect(result.ok && result.rows[0]!.replies).toEqual([
      { key: "r1", parentKey: null, body: "first" },
      { key: "r2", parentKey: "r1", body: "answer" },
      { key: "reply-2", parentKey: null, body: "orphaned reply" },
    ]);
  });
});
