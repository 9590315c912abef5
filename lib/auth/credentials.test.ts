import { describe, expect, it } from "vitest";
import { safeNextPath, signInSchema, signUpSchema } from "./credentials";

describe("credentials", () => {
  it("normalises the email and requires a 10-character password to sign up", () => {
    expect(signInSchema.parse({ email: " Ann@Example.COM ", password: "x" }).email).toBe("ann@example.com");
    const short = signUpSchema.safeParse({ name: "Ann", email: "ann@example.com", password: "short" });
    expect(short.error?.issues[0]?.message).toMatch(/10 characters/);
    expect(
      signUpSchema.safeParse({ name: "", email: "nope", password: "long enough!" }).error?.issues,
    ).toHaveLength(2);
  });

  it("only returns to paths on this site", () => {
    expect(safeNextPath("/a/123")).toBe("/a/123");
    expect(safeNextPath("/filings/x?q=1#risk-2")).toBe("/filings/x?q=1#risk-2");
    for (const evil of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      null,
    ])
      expect(safeNextPath(evil)).toBe("/");
  });
});
