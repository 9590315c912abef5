/**
 * Builds one migrated template database per run (PGlite data folder, or a PostgreSQL
 * template database); each test file then gets its own copy (see setup-database.ts).
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../database";
import { applyMigrations } from "../../scripts/db/schema-engine";
import { withDatabaseName, withAdminClient } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
    postgresTemplateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const flavor = process.env.MARGINALIA_TEST_DATABASE ?? project.config.env?.MARGINALIA_TEST_DATABASE;
  if (flavor === "postgres") {
    const url = String(project.config.env?.MARGINALIA_TEST_POSTGRES_URL);
    const template = `marginalia_template_${process.pid}_${Date.now()}`;
    await withAdminClient(url, (client) => client.query(`CREATE DATABASE "${template}"`));
    const database = openDatabase({ DATABASE_URL: withDatabaseName(url, template), dataDir: "" });
    try {
      await applyMigrations({ factory: database.adapterFactory, executeScript: database.executeScript });
    } finally {
      await database.close();
    }
    project.provide("postgresTemplateDatabase", template);
    project.provide("pgliteTemplateDir", "");
    return async () => {
      await withAdminClient(url, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`),
      );
    };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "marginalia-template-"));
  const dataDir = path.join(dir, "pglite");
  const database = openDatabase({ dataDir });
  try {
    await applyMigrations({ factory: database.adapterFactory, executeScript: database.executeScript });
  } finally {
    await database.close();
  }
  project.provide("pgliteTemplateDir", dataDir);
  project.provide("postgresTemplateDatabase", "");
  return async () => {
    await fs.rm(dir, { recursive: true, force: true });
  };
}
