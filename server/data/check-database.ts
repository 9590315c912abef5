import "server-only";
import { db, getDatabase } from "../db";

/**
 * Asks the database a trivial question, bounded in time so a dead server answers fast.
 * @returns which database answered and how long it took
 */
export async function checkDatabase(options: { timeoutMs: number }) {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database check timed out")), options.timeoutMs);
  });
  try {
    await Promise.race([db().$queryRaw`SELECT 1`, timeout]);
    return { kind: getDatabase().kind, latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
