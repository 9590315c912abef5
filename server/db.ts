import "server-only";
import { openDatabase, type Database } from "./database";
import { env } from "./env";

const globalForDatabase = globalThis as unknown as { marginaliaDatabase?: Database };

/**
 * The process's one database connection, opened on first use (never at import, so that
 * `next build` does not touch the data folder a running server holds) and reused across
 * dev-server hot reloads.
 */
export function getDatabase(): Database {
  return (globalForDatabase.marginaliaDatabase ??= openDatabase(env));
}

/** The process's one Prisma client. Only server/data may use it. */
export function db() {
  return getDatabase().prisma;
}

/** Closes the connection (scripts and tests; the server keeps it for its lifetime). */
export async function closeDatabase(): Promise<void> {
  const open = globalForDatabase.marginaliaDatabase;
  globalForDatabase.marginaliaDatabase = undefined;
  await open?.close();
}
