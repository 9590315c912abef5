import "server-only";
import { pruneBuckets, takeToken, type Bucket, type RateRule } from "@/lib/rate-limit";
import { env } from "./env";
import { failed } from "@/lib/action-state";
import { AppError } from "./errors";

/**
 * Per-user rate limits on writes (notes, replies, edits, imports: every path, actions and API
 * alike) and on filing analyses (preview and import of a filing, which take CPU). Kept in this
 * process's memory: with several app servers each applies the limit on its own.
 */
const RULES = {
  write: { capacity: env.MARGINALIA_WRITES_PER_MINUTE, perSecond: env.MARGINALIA_WRITES_PER_MINUTE / 60 },
  analysis: {
    capacity: 2 * env.MARGINALIA_ANALYSES_PER_MINUTE,
    perSecond: env.MARGINALIA_ANALYSES_PER_MINUTE / 60,
  },
} satisfies Record<string, RateRule>;

export type RateKind = keyof typeof RULES;

const globalForLimits = globalThis as unknown as { marginaliaBuckets?: Map<string, Bucket> };
const buckets = (globalForLimits.marginaliaBuckets ??= new Map());

/** Takes one of the user's tokens of this kind: null when allowed, else the seconds to wait. */
export function rateLimited(userId: string, kind: RateKind = "write"): number | null {
  const now = Date.now();
  if (buckets.size > 10_000) pruneBuckets(buckets, RULES.write, now);
  const result = takeToken(buckets, `${kind}:${userId}`, RULES[kind], now);
  return result.ok ? null : result.retryAfter;
}

/** The message a user over a limit sees. */
export function rateLimitMessage(retryAfter: number): string {
  return `You are making changes faster than this server allows: wait ${retryAfter} second${retryAfter === 1 ? "" : "s"}, then try again.`;
}

/** For the API: throws a 429 AppError (with Retry-After) when the user is over the limit. */
export function enforceRateLimit(userId: string, kind: RateKind = "write"): void {
  const wait = rateLimited(userId, kind);
  if (wait !== null) throw new AppError("rate-limited", rateLimitMessage(wait), { retryAfter: wait });
}

/** For server actions: a failed state when the user is over the limit, else null. */
export function rateLimitState(userId: string, kind: RateKind = "write") {
  const wait = rateLimited(userId, kind);
  return wait === null ? null : failed(rateLimitMessage(wait));
}
