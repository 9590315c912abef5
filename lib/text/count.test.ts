import { describe, expect, it } from "vitest";
import { count } from "./count";

describe("count", () => {
  it("says one section, not one sections", () => {
    expect(count(1, "section")).toBe("1 section");
    expect(count(0, "section")).toBe("0 sections");
    expect(count(2, "reply", "replies")).toBe("2 replies");
    expect(count(1455, "figure")).toBe("1,455 figures");
  });
});
