import "server-only";
import { SIGN_IN_DELAYS } from "@/lib/auth/sign-in-throttle";
import { db } from "../db";

/**
 * Counts one failed sign-in against each key, failures older than SIGN_IN_DELAYS.forgetAfterMs
 * forgotten first. One statement per key: parallel failures (a guesser firing at once) each
 * count, where a read-then-write would record one for all of them.
 */
export async function recordSignInFailure(options: { keys: string[]; now: Date }): Promise<void> {
  // Timestamps as UTC instants, whatever the session's time zone (the column has none).
  const now = options.now.toISOString();
  const forgetBefore = new Date(options.now.getTime() - SIGN_IN_DELAYS.forgetAfterMs).toISOString();
  for (const key of options.keys)
    await db().$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "lastFailureAt")
      VALUES (${key}, 1, ${now}::timestamptz AT TIME ZONE 'UTC')
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE
          WHEN "SignInThrottle"."lastFailureAt" < ${forgetBefore}::timestamptz AT TIME ZONE 'UTC' THEN 1
          ELSE "SignInThrottle"."failures" + 1
        END,
        "lastFailureAt" = EXCLUDED."lastFailureAt"`;
}
