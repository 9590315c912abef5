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

/** One map of buckets per kind, each pruned by its own rule. */
const globalForLimits = globalThis as unknown as {
  marginaliaRateBuckets?: { maps: Record<RateKind, Map<string, Bucket>>; prunedAt: number };
};
const store = (globalForLimits.marginaliaRateBuckets ??= {
  maps: { write: new Map(), analysis: new Map() },
  prunedAt: 0,
});
/** Past this many buckets of a kind, refilled ones are forgotten (at most every 10 s). */
const PRUNE_ABOVE = 10_000;

/** Takes one of the user's tokens of this kind: null when allowed, else the seconds to wait. */
function rateLimited(userId: string, kind: RateKind): number | null {
  const now = Date.now();
  const buckets = store.maps[kind];
  if (buckets.size > PRUNE_ABOVE && now - store.prunedAt > 10_000) {
    store.prunedAt = now;
    for (const each of Object.keys(RULES) as RateKind[]) pruneBuckets(store.maps[each], RULES[each], now);
  }
  const result = takeToken(buckets, userId, RULES[kind], now);
  return result.ok ? null : result.retryAfter;
}

/** The message a user over a limit sees. */
function rateLimitMessage(retryAfter: number): string {
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
