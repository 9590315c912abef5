import { describe, expect, it } from "vitest";
import { isThrottled, SIGN_IN_LIMITS, signInThrottleKeys } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  it("blocks a key at its limit within the window and frees it after", () => {
    const start = new Date(now.getTime() - 60_000);
    expect(
      isThrottled({ failures: SIGN_IN_LIMITS.account - 1, windowStart: start }, SIGN_IN_LIMITS.account, now),
    ).toBe(false);
    expect(
      isThrottled({ failures: SIGN_IN_LIMITS.account, windowStart: start }, SIGN_IN_LIMITS.account, now),
    ).toBe(true);
    const old = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs - 1);
    expect(isThrottled({ failures: 99, windowStart: old }, SIGN_IN_LIMITS.account, now)).toBe(false);
    expect(isThrottled(null, 1, now)).toBe(false);
  });
  it("keys accounts case-insensitively", () => {
    expect(signInThrottleKeys(" Ann@Example.com ", "127.0.0.1")).toEqual({
      account: "account:ann@example.com",
      address: "address:127.0.0.1",
    });
  });
});
