import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, diffSchemaAgainstMigrations, migrationsDir, schemaPath } from "./schema-engine";

const scratch: string[] = [];
afterEach(async () => {
  for (const dir of scratch.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

describe("schema drift", () => {
  it("finds prisma/schema.prisma and prisma/migrations in step", async () => {
    expect(await diffSchemaAgainstMigrations()).toBe("");
  });

  it("reports a field added to the schema without a migration", async () => {
    const schema = await fs.readFile(schemaPath, "utf8");
    const changed = schema.replace("model Filing {", "model Filing {\n  driftProbe String?");
    const sql = await diffSchemaAgainstMigrations({ schema: changed });
    expect(sql).toMatch(/ALTER TABLE "Filing" ADD COLUMN\s+"driftProbe" TEXT/);
  });
});

describe("applying migrations", () => {
  async function migrationsWith(extra: { name: string; sql: string }) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "marginalia-migrations-"));
    scratch.push(dir);
    await fs.cp(migrationsDir, dir, { recursive: true });
    await fs.mkdir(path.join(dir, extra.name));
    await fs.writeFile(path.join(dir, extra.name, "migration.sql"), extra.sql);
    return dir;
  }

  it("applies pending migrations once, with $$ bodies intact", async () => {
    const dir = await migrationsWith({
      name: "29990101000000_function",
      sql: `CREATE FUNCTION marginalia_probe() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 42; END; $$;`,
    });
    const db = new PGlite("memory://");
    try {
      const run = () =>
        applyMigrations({
          factory: new PrismaPGlite(db),
          executeScript: async (s) => void (await db.exec(s)),
          migrationsDir: dir,
        });
      expect(await run()).toContain("29990101000000_function");
      expect(await run()).toEqual([]);
      const probe = await db.query<{ v: number }>("SELECT marginalia_probe() AS v");
      expect(probe.rows[0]?.v).toBe(42);
    } finally {
      await db.close();
    }
  });

  it("fails on a broken migration and does not record it as applied", async () => {
    const dir = await migrationsWith({
      name: "29990101000000_broken",
      sql: `ALTER TABLE "Filing" ADD COLUMN "ok" TEXT; ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;`,
    });
    const db = new PGlite("memory://");
    try {
      await expect(
        applyMigrations({
          factory: new PrismaPGlite(db),
          executeScript: async (s) => void (await db.exec(s)),
          migrationsDir: dir,
        }),
      ).rejects.toThrow(/NoSuchTable/);
      const rows = await db.query<{ migration_name: string; finished_at: Date | null }>(
        `SELECT migration_name, finished_at FROM _prisma_migrations WHERE migration_name = '29990101000000_broken'`,
      );
      expect(rows.rows).toHaveLength(1);
      expect(rows.rows[0]?.finished_at).toBeNull();
      // The failed script's first statement did not half-apply.
      const columns = await db.query(`SELECT 1 FROM information_schema.columns WHERE column_name = 'ok'`);
      expect(columns.rows).toHaveLength(0);
    } finally {
      await db.close();
    }
  });
});
