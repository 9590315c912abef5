/**
 * Applies pending migrations to the configured database (PGlite by default, DATABASE_URL when
 * set), offline, then loads the sample filing if it is missing. Run before the server starts.
 * Exits non-zero with a readable message when a migration fails.
 */
import { closeDatabase, getDatabase } from "@/server/db";
import { env } from "@/server/env";
import { seedDemoAccount, seedSampleFiling } from "@/prisma/seed/seed";
import { ANALYZER_VERSION } from "@/lib/filing/version";
import { listStaleFilings } from "@/server/data/list-stale-filings";
import { applyMigrations } from "./db/schema-engine";

async function main(): Promise<void> {
  const database = getDatabase();
  const where =
    database.kind === "pglite" ? `embedded PGlite at ${env.dataDir}` : "PostgreSQL (DATABASE_URL)";
  const started = performance.now();
  let applied: string[];
  try {
    applied = await applyMigrations({
      factory: database.adapterFactory,
      executeScript: (script) => database.executeScript(script),
    });
  } catch (error) {
    throw new Error(`Migration failed on ${where}: ${describe(error)}`);
  }
  const seeded = await seedSampleFiling();
  const stale = await listStaleFilings({ analyzerVersion: ANALYZER_VERSION });
  const demo = await seedDemoAccount({ enabled: env.demoAccount });
  const ms = Math.round(performance.now() - started);
  console.log(
    `Database ready (${where}): ${applied.length ? `applied ${applied.join(", ")}` : "no pending migrations"}` +
      `${seeded ? "; loaded the sample filing" : ""}${demo ? "; created the demo account" : ""}` +
      `${stale.length ? `; ${stale.length} filing(s) from an older analyzer, which the server analyses again in the background` : ""} in ${ms} ms.`,
  );
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.split("\n")[0] ?? error.message;
  return String(error);
}

main()
  .then(async () => {
    await closeDatabase();
    // The schema engine can leave an idle pg socket behind for ~10 s; nothing is pending.
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    console.error(describe(error));
    await closeDatabase().catch(() => undefined);
    process.exit(1);
  });
