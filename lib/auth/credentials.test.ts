import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changePasswordSchema, safeNextPath, signInSchema, signUpSchema } from "./credentials";

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

  it("refuses what a browser would read as another site: tabs, newlines, backslashes, a scheme", () => {
    for (const evil of [
      "/\t/evil.example",
      "/\n/x",
      "/\r/evil.example",
      "/\\\\evil",
      "\\/evil.example",
      "https:evil.example",
      "HTTPS://evil.example",
      " /evil.example",
      "/\u0000/x",
    ])
      expect(safeNextPath(evil), JSON.stringify(evil)).toBe("/");
  });

  it("refuses a path that resolves to one starting with // (dot segments)", () => {
    // new URL resolves "." and ".." and leaves "//evil.example" as the path: a browser sent
    // there goes to evil.example.
    for (const evil of ["/.//evil.example", "/a/..//evil.example", "/%2e//evil.example", "/./%2e//evil"])
      expect(safeNextPath(evil), JSON.stringify(evil)).toBe("/");
  });

  it("keeps encoded tabs and spaces as paths on this site (never decoded into a redirect)", () => {
    // Not refused, but percent-encoded: a browser reads them as one path segment here.
    expect(safeNextPath("/%09/evil.example")).toBe("/%09/evil.example");
    expect(safeNextPath("/ /evil")).toBe("/%20/evil");
    for (const kept of ["/%09/evil.example", "/ /evil"])
      expect(new URL(safeNextPath(kept), "https://here.example/sign-in").origin).toBe("https://here.example");
  });

  it("keeps ordinary paths with their query and hash", () => {
    expect(safeNextPath("/filings/acme-10k-2024?q=net%20sales&label=Risk#risk-3")).toBe(
      "/filings/acme-10k-2024?q=net%20sales&label=Risk#risk-3",
    );
    expect(safeNextPath("/search?q=a/b&next=//evil.example")).toBe("/search?q=a/b&next=//evil.example");
    expect(safeNextPath("/join/abc-123")).toBe("/join/abc-123");
    expect(safeNextPath("/")).toBe("/");
  });

  it("always answers a path that stays on this site, whatever it is given", () => {
    const piece = fc.constantFrom(
      "/",
      "//",
      ".",
      "..",
      "%2e",
      "%2f",
      "\\",
      "\t",
      "\n",
      " ",
      "evil.example",
      "a",
      "?",
      "#",
      ":",
      "@",
      "https:",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")),
        ),
        (next) => {
          const path = safeNextPath(next);
          expect(path.startsWith("/")).toBe(true);
          expect(path.startsWith("//")).toBe(false);
          expect(new URL(path, "https://here.example/sign-in").origin).toBe("https://here.example");
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("changePasswordSchema", () => {
  const base = { currentPassword: "old passphrase here", newPassword: "a brand new passphrase" };

  it("accepts a new password typed twice that differs from the current one", () => {
    expect(changePasswordSchema.safeParse({ ...base, confirmPassword: base.newPassword }).success).toBe(true);
  });

  it("names the field at fault: a mismatch, a reused password, a weak one", () => {
    const errors = (value: Record<string, string>) =>
      changePasswordSchema.safeParse(value).error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(errors({ ...base, confirmPassword: "something else entirely" })).toEqual([
      ["confirmPassword", "The two new passwords differ."],
    ]);
    expect(
      errors({
        currentPassword: base.currentPassword,
        newPassword: base.currentPassword,
        confirmPassword: base.currentPassword,
      }),
    ).toEqual([["newPassword", "Choose a password other than your current one."]]);
    expect(errors({ ...base, newPassword: "short", confirmPassword: "short" })?.[0]?.[0]).toBe("newPassword");
  });
});
