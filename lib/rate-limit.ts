/**
 * Token buckets: each key holds up to `capacity` tokens, refilled at `perSecond`; an action
 * takes one or is told how long to wait. Pure (the clock and the store are passed in), so the
 * server keeps the buckets and the tests drive the time.
 */
export interface RateRule {
  capacity: number;
  perSecond: number;
}

export interface Bucket {
  tokens: number;
  /** ms since the epoch when `tokens` was last computed. */
  updated: number;
}

/** Takes a token for `key` at `now`: ok, or the seconds until one is there. */
export function takeToken(
  buckets: Map<string, Bucket>,
  key: string,
  rule: RateRule,
  now: number,
): { ok: true } | { ok: false; retryAfter: number } {
  const bucket = buckets.get(key) ?? { tokens: rule.capacity, updated: now };
  const tokens = Math.min(rule.capacity, bucket.tokens + ((now - bucket.updated) / 1000) * rule.perSecond);
  if (tokens < 1) {
    buckets.set(key, { tokens, updated: now });
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - tokens) / rule.perSecond)) };
  }
  buckets.set(key, { tokens: tokens - 1, updated: now });
  return { ok: true };
}

/** Forgets buckets that have refilled (bounded memory however many keys pass by). */
export function pruneBuckets(buckets: Map<string, Bucket>, rule: RateRule, now: number): void {
  for (const [key, bucket] of buckets)
    if (bucket.tokens + ((now - bucket.updated) / 1000) * rule.perSecond >= rule.capacity)
      buckets.delete(key);
}
