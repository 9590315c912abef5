import { describe, expect, it } from "vitest";
import { SIGN_IN_DELAYS, signInDelay, signInThrottleKeys } from "./sign-in-throttle";

describe("sign-in delays", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const account = SIGN_IN_DELAYS.account;

  it("lets the first few failures through without a wait", () => {
    expect(signInDelay(null, account, now)).toBe(0);
    expect(signInDelay({ failures: account.free - 1, lastFailureAt: now }, account, now)).toBe(0);
  });

  it("doubles the wait after each further failure, up to its cap, counted from the last failure", () => {
    expect(signInDelay({ failures: account.free, lastFailureAt: now }, account, now)).toBe(1000);
    expect(signInDelay({ failures: account.free + 2, lastFailureAt: now }, account, now)).toBe(4000);
    expect(signInDelay({ failures: account.free + 2, lastFailureAt: ago(3000) }, account, now)).toBe(1000);
    expect(signInDelay({ failures: 60, lastFailureAt: now }, account, now)).toBe(account.maxMs);
  });

  it("never refuses for longer than the cap: after it, any attempt (the right password too) may go", () => {
    expect(signInDelay({ failures: 1000, lastFailureAt: ago(account.maxMs) }, account, now)).toBe(0);
  });

  it("forgets old failures", () => {
    const old = ago(SIGN_IN_DELAYS.forgetAfterMs + 1);
    expect(signInDelay({ failures: 50, lastFailureAt: old }, SIGN_IN_DELAYS.address, now)).toBe(0);
  });

  it("keys accounts case-insensitively", () => {
    expect(signInThrottleKeys(" Ann@Example.com ", "127.0.0.1")).toEqual({
      account: "account:ann@example.com",
      address: "address:127.0.0.1",
    });
  });
});
