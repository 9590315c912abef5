import "server-only";
import { db } from "../db";

/** The failure counters of the given throttle keys. */
export async function getSignInThrottles(options: { keys: string[] }) {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: options.keys } } });
  return new Map(rows.map((row) => [row.key, row]));
}
