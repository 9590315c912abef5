/**
 * Slowing down password guessing without locking anyone out: after a few failed sign-ins, each
 * further attempt on the same account (or from the same address) must wait, twice as long
 * after each failure, up to a cap. The right password works as soon as the wait is over — a
 * stranger typing wrong passwords can delay a colleague by a minute at most, never lock them out.
 */
export interface SignInDelayRule {
  /** Failures allowed before any wait. */
  free: number;
  /** The longest wait, ms. */
  maxMs: number;
}

export const SIGN_IN_DELAYS = {
  /** Per account: guessing one person's password from anywhere. */
  account: { free: 3, maxMs: 60_000 },
  /** Per address: trying many accounts from one machine. */
  address: { free: 10, maxMs: 5 * 60_000 },
  /** Failures older than this are forgotten. */
  forgetAfterMs: 15 * 60_000,
} as const;

/** Throttle keys for one attempt: by account (lower-cased email) and by client address. */
export function signInThrottleKeys(
  email: string,
  address: string | null,
): { account: string; address: string | null } {
  return { account: `account:${email.trim().toLowerCase()}`, address: address ? `address:${address}` : null };
}

/** A key's failures so far. */
export interface SignInFailures {
  failures: number;
  lastFailureAt: Date;
}

/** How long (ms) this key must still wait before its next attempt; 0 when it may try now. */
export function signInDelay(
  entry: SignInFailures | null | undefined,
  rule: SignInDelayRule,
  now: Date,
): number {
  if (!entry) return 0;
  const since = now.getTime() - entry.lastFailureAt.getTime();
  if (since > SIGN_IN_DELAYS.forgetAfterMs || entry.failures < rule.free) return 0;
  const wait = Math.min(rule.maxMs, 1000 * 2 ** (entry.failures - rule.free));
  return Math.max(0, wait - since);
}
