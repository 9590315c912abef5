import { describe, expect, it } from "vitest";
import { parseLiveEventId } from "./live-event-id";

describe("parseLiveEventId", () => {
  it("reads decimal ids up to PostgreSQL's bigint maximum", () => {
    expect(parseLiveEventId("0")).toBe(0n);
    expect(parseLiveEventId("42")).toBe(42n);
    expect(parseLiveEventId("9223372036854775807")).toBe(9223372036854775807n);
  });

  it("refuses what is not an event id: absent, not digits, too long or past bigint", () => {
    for (const value of [
      null,
      "",
      "-1",
      "1.5",
      "12a",
      " 1",
      "99999999999999999999",
      "9223372036854775808",
      "9999999999999999999",
    ])
      expect(parseLiveEventId(value)).toBeNull();
  });
});
