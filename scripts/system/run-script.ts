import { closeDatabase } from "@/server/db";

/**
 * Runs a command-line script's `main` against the database, closes the database, and exits:
 * with the code `main` returns (0 when none), 1 (with the stack) when it threw. Exiting explicitly matters: as in
 * scripts/migrate.ts, a driver can leave an idle socket behind that would keep node running.
 */
export function runScript(name: string, main: () => Promise<void | number>): void {
  main()
    .then(async (code) => {
      await closeDatabase();
      process.exit(code ?? 0);
    })
    .catch(async (error: unknown) => {
      console.error(
        `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      await closeDatabase().catch(() => undefined);
      process.exit(1);
    });
}
