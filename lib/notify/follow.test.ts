import { describe, expect, it } from "vitest";
import { followSchema, shortQuote } from "./follow";

describe("following", () => {
  it("takes a filing by slug or a workspace by id, on or off", () => {
    expect(followSchema.parse({ target: "filing", id: "iij-20f-fy2008", follow: "on" })).toEqual({
      target: "filing",
      id: "iij-20f-fy2008",
      follow: "on",
    });
    expect(followSchema.safeParse({ target: "workspace", id: "not-a-uuid", follow: "on" }).success).toBe(
      false,
    );
    expect(followSchema.safeParse({ target: "company", id: "x", follow: "on" }).success).toBe(false);
  });

  it("quotes a passage in one short line, on a word boundary", () => {
    expect(shortQuote("a\n short  passage")).toBe("“a short passage”");
    const long = shortQuote("word ".repeat(40), 30);
    expect(long).toMatch(/^“(word ){5}word…”$/);
  });
});
