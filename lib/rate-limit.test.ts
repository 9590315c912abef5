import { describe, expect, it } from "vitest";
import { pruneBuckets, takeToken, type Bucket } from "./rate-limit";

describe("token buckets", () => {
  const rule = { capacity: 3, perSecond: 0.5 };

  it("lets a burst through, then says how long to wait, then refills", () => {
    const buckets = new Map<string, Bucket>();
    for (let i = 0; i < 3; i++) expect(takeToken(buckets, "ann", rule, 0)).toEqual({ ok: true });
    expect(takeToken(buckets, "ann", rule, 0)).toEqual({ ok: false, retryAfter: 2 });
    // Another key has its own bucket.
    expect(takeToken(buckets, "bob", rule, 0)).toEqual({ ok: true });
    expect(takeToken(buckets, "ann", rule, 1_999)).toMatchObject({ ok: false });
    expect(takeToken(buckets, "ann", rule, 2_000)).toEqual({ ok: true });
  });

  it("forgets full buckets", () => {
    const buckets = new Map<string, Bucket>();
    takeToken(buckets, "ann", rule, 0);
    pruneBuckets(buckets, rule, 1_000);
    expect(buckets.has("ann")).toBe(true);
    pruneBuckets(buckets, rule, 2_000);
    expect(buckets.has("ann")).toBe(false);
  });
});
