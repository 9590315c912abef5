import "server-only";
import { nextFailureCount } from "@/lib/auth/sign-in-throttle";
import { db } from "../db";

/** Counts one failed sign-in against each key (old failures forgotten first). */
export async function recordSignInFailure(options: { keys: string[]; now: Date }): Promise<void> {
  for (const key of options.keys) {
    await db().$transaction(async (tx) => {
      const entry = await tx.signInThrottle.findUnique({ where: { key } });
      const failures = nextFailureCount(entry, options.now);
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures, lastFailureAt: options.now },
        update: { failures, lastFailureAt: options.now },
      });
    });
  }
}
