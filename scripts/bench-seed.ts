/**
 * Prepares a database for `npm run bench`: applies pending migrations exactly as
 * scripts/migrate.ts does, then stores the ~500 KB benchmark filing
 * (lib/filing/__fixtures__/large-500kb.txt) under the slug `bench-large-500kb`. Idempotent: a
 * database that already holds that slug is left alone.
 *
 * Run it alone (PGlite allows one process per data folder), before the server starts:
 *   MARGINALIA_DATA_DIR=.bench/data node_modules/.bin/tsx --conditions=react-server scripts/bench-seed.ts
 */
import fs from "node:fs/promises";
import path from "node:path";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createFiling } from "@/server/data/create-filing";
import { getFiling } from "@/server/data/get-filing";
import { closeDatabase, getDatabase } from "@/server/db";
import { largeFiling } from "./bench/filings";
import { applyMigrations, projectRoot } from "./db/schema-engine";

async function main(): Promise<void> {
  const started = performance.now();
  const database = getDatabase();
  // Same call as scripts/migrate.ts, so the server that starts next finds nothing pending.
  const applied = await applyMigrations({
    factory: database.adapterFactory,
    executeScript: (script) => database.executeScript(script),
  });
  const seeded = await seedLargeFiling();
  const ms = Math.round(performance.now() - started);
  console.log(
    `bench-seed: ${applied.length ? `applied ${applied.length} migration(s)` : "no pending migrations"}; ` +
      `${seeded ? `stored ${largeFiling.slug}` : `${largeFiling.slug} already present`} in ${ms} ms.`,
  );
}

/** @returns true when the filing was stored now, false when it was there already */
async function seedLargeFiling(): Promise<boolean> {
  if (await getFiling({ slug: largeFiling.slug })) return false;
  const content = await fs.readFile(path.join(projectRoot, largeFiling.fixture), "utf8");
  const analysis = analyzeFiling({ content, fileName: largeFiling.sourceFileName });
  try {
    await createFiling({
      slug: largeFiling.slug,
      company: largeFiling.company,
      form: largeFiling.form,
      fiscalYear: largeFiling.fiscalYear,
      sourceContent: content,
      sourceFileName: largeFiling.sourceFileName,
      analysis,
    });
  } catch (error) {
    // Stored by someone else between the check and the write: same outcome.
    if (await getFiling({ slug: largeFiling.slug })) return false;
    throw error;
  }
  return true;
}

main()
  .then(async () => {
    await closeDatabase();
    // As in scripts/migrate.ts: the schema engine can leave an idle socket behind.
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    console.error(
      `bench-seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    await closeDatabase().catch(() => undefined);
    process.exit(1);
  });
