/**
 * Gives each integration test file a fresh database of its own, copied from the migrated
 * template: a PGlite data folder copy, or a PostgreSQL database created from the template.
 * Runs before the test file imports server/db, which then opens this database.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { withAdminClient, withDatabaseName } from "./postgres";

const postgresTemplate = inject("postgresTemplateDatabase");
let cleanup: () => Promise<void>;

if (postgresTemplate) {
  const url = process.env.MARGINALIA_TEST_POSTGRES_URL!;
  const name = `marginalia_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await withAdminClient(url, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${postgresTemplate}"`),
  );
  process.env.DATABASE_URL = withDatabaseName(url, name);
  cleanup = () =>
    withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
      () => undefined,
    );
} else {
  delete process.env.DATABASE_URL;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "marginalia-test-"));
  const dataDir = path.join(dir, "pglite");
  await fs.cp(inject("pgliteTemplateDir"), dataDir, { recursive: true });
  process.env.MARGINALIA_DATA_DIR = dataDir;
  cleanup = () => fs.rm(dir, { recursive: true, force: true });
}

afterAll(async () => {
  // Imported late: server/db reads the environment this file has just set.
  const { closeDatabase } = await import("../db");
  await closeDatabase();
  await cleanup();
});
