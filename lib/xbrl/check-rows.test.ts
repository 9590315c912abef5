import { describe, expect, it } from "vitest";
import type { FactCheck } from "./checks";
import { checkRows } from "./check-rows";

const text =
  "Results. Revenue was $39.0 billion in 2024. Net income was $9.9 billion, up 61%. Then more text follows.";
const check = (figure: string, status: FactCheck["status"]): FactCheck => {
  const start = text.indexOf(figure);
  return {
    status,
    text: figure,
    start,
    end: start + figure.length,
    value: 0,
    unit: "USD",
    facts: [],
    message: "m",
  };
};

describe("checkRows", () => {
  const checks = [check("$39.0 billion", "agrees"), check("$9.9 billion", "disagrees")];

  it("gives each check its sentence around the figure", () => {
    const [first] = checkRows(text, checks);
    expect(first!.before).toBe("Revenue was ");
    expect(first!.after).toBe(" in 2024.");
  });

  it("puts flagged checks first when asked, and filters by status", () => {
    expect(checkRows(text, checks, { flaggedFirst: true }).map((row) => row.text)).toEqual([
      "$9.9 billion",
      "$39.0 billion",
    ]);
    expect(checkRows(text, checks, { status: "agrees" }).map((row) => row.text)).toEqual(["$39.0 billion"]);
  });
});
