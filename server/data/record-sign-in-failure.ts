import "server-only";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-throttle";
import { db } from "../db";

/** Counts one failed sign-in against each key, starting a new window when the old one ended. */
export async function recordSignInFailure(options: { keys: string[]; now: Date }): Promise<void> {
  const windowFloor = new Date(options.now.getTime() - SIGN_IN_LIMITS.windowMs);
  for (const key of options.keys) {
    await db().$transaction([
      db().signInThrottle.deleteMany({ where: { key, windowStart: { lt: windowFloor } } }),
      db().signInThrottle.upsert({
        where: { key },
        create: { key, failures: 1, windowStart: options.now },
        update: { failures: { increment: 1 } },
      }),
    ]);
  }
}
