import { describe, expect, it } from "vitest";
import { bearerToken, createApiTokenSchema, looksLikeApiToken, scopeAllows } from "./tokens";

describe("API tokens", () => {
  const token = `mrg_${"A".repeat(43)}`;

  it("reads a bearer token from the Authorization header", () => {
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer  ${token} `)).toBe(token);
    expect(bearerToken(`Basic abc`)).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it("recognises only well-formed tokens", () => {
    expect(looksLikeApiToken(token)).toBe(true);
    expect(looksLikeApiToken(token.slice(0, -1))).toBe(false);
    expect(looksLikeApiToken(`xyz_${"A".repeat(43)}`)).toBe(false);
    expect(looksLikeApiToken(`mrg_${"A".repeat(42)}'`)).toBe(false);
  });

  it("lets a read token read only", () => {
    expect(scopeAllows("read", "GET")).toBe(true);
    expect(scopeAllows("read", "head")).toBe(true);
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      expect(scopeAllows("read", method)).toBe(false);
      expect(scopeAllows("read-write", method)).toBe(true);
    }
  });

  it("validates a new token's name and scope", () => {
    expect(createApiTokenSchema.safeParse({ name: " CI ", scope: "read" }).data).toEqual({
      name: "CI",
      scope: "read",
    });
    const bad = createApiTokenSchema.safeParse({ name: "", scope: "admin" });
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual([
      "Name the token (what uses it).",
      "Choose read or read-write.",
    ]);
  });
});
