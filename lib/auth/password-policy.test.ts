import { describe, expect, it } from "vitest";
import { signUpSchema } from "./credentials";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("refuses a password of spaces or other blanks only", () => {
    expect(passwordProblem(" ".repeat(10))).toMatch(/spaces only/);
    expect(passwordProblem(" ".repeat(40))).toMatch(/spaces only/);
    expect(passwordProblem("\t".repeat(5) + " ".repeat(5))).toMatch(/spaces only/);
    expect(passwordProblem("\u00a0".repeat(12))).toMatch(/spaces only/);
  });

  it("refuses one character repeated", () => {
    expect(passwordProblem("aaaaaaaaaa")).toMatch(/repeated/);
    expect(passwordProblem("1111111111111")).toMatch(/repeated/);
    expect(passwordProblem("😀".repeat(10))).toMatch(/repeated/);
  });

  it("refuses common passwords, whatever their case", () => {
    for (const common of [
      "1234567890",
      "password123",
      "qwertyuiop",
      "Password123",
      "QWERTYUIOP",
      "iloveyou12",
    ])
      expect(passwordProblem(common), common).toMatch(/most common passwords/);
  });

  it(`refuses under ${MIN_PASSWORD_LENGTH} or over ${MAX_PASSWORD_LENGTH} characters`, () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(passwordProblem("")).toMatch(/at least 10 characters/);
    expect(passwordProblem("Xk9#mq2!v")).toMatch(/at least 10 characters/);
    expect(passwordProblem("Xk9#mq2!vL")).toBeNull();
    const long = "correct horse battery staple ".repeat(5);
    expect(passwordProblem(long.slice(0, MAX_PASSWORD_LENGTH))).toBeNull();
    expect(passwordProblem(long.slice(0, MAX_PASSWORD_LENGTH + 1))).toMatch(/at most 128 characters/);
  });

  it("accepts a decent passphrase", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("Tea at 4, filings at 5!")).toBeNull();
  });

  it("is the rule the sign-up form applies", () => {
    const signUp = (password: string) =>
      signUpSchema.safeParse({ name: "Ann", email: "ann@example.com", password });
    for (const weak of [" ".repeat(10), "1234567890", "aaaaaaaaaa", "password123", "x".repeat(129)]) {
      const result = signUp(weak);
      expect(result.success, JSON.stringify(weak)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(passwordProblem(weak));
    }
    expect(signUp("correct horse battery staple").success).toBe(true);
  });
});
