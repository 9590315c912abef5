/** How many failed sign-ins are allowed per window before further attempts are refused. */
export const SIGN_IN_LIMITS = {
  /** Per account: slows down guessing one person's password from many addresses. */
  account: 5,
  /** Per address: slows down trying many accounts from one machine. */
  address: 20,
  windowMs: 15 * 60 * 1000,
} as const;

/** Throttle keys for one attempt: by account (lower-cased email) and by client address. */
export function signInThrottleKeys(
  email: string,
  address: string | null,
): { account: string; address: string | null } {
  return { account: `account:${email.trim().toLowerCase()}`, address: address ? `address:${address}` : null };
}

/** True when a key with this many failures since windowStart is blocked at `now`. */
export function isThrottled(
  entry: { failures: number; windowStart: Date } | null | undefined,
  limit: number,
  now: Date,
): boolean {
  if (!entry) return false;
  if (now.getTime() - entry.windowStart.getTime() > SIGN_IN_LIMITS.windowMs) return false;
  return entry.failures >= limit;
}
