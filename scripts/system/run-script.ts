import { closeDatabase } from "@/server/db";

/**
 * Runs a command-line script's `main` against the database, closes the database, and exits:
 * 0 when it finished, 1 (with the stack) when it threw. Exiting explicitly matters: as in
 * scripts/migrate.ts, a driver can leave an idle socket behind that would keep node running.
 */
export function runScript(name: string, main: () => Promise<void>): void {
  main()
    .then(async () => {
      await closeDatabase();
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      console.error(
        `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      await closeDatabase().catch(() => undefined);
      process.exit(1);
    });
}
