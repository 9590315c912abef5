import "server-only";
import { db } from "../db";

/** Forgets the failures of a key (after a successful sign-in). */
export async function clearSignInFailures(options: { key: string }): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: options.key } });
}
