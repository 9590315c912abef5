import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/prisma/generated/client";
import type { Env } from "./parse-env";

/** An open database: the Prisma client plus what migrations need to reach the same connection. */
export interface Database {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  /** The driver adapter factory Prisma uses; the schema engine migrates through it. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs a whole SQL script as one simple query (migrations with `$$` bodies need this). */
  executeScript(script: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the database the environment names: the PostgreSQL server at DATABASE_URL, or else
 * embedded PGlite in the data folder (created on first use). One per process: PGlite allows
 * a single process per data folder.
 */
export function openDatabase(env: Pick<Env, "DATABASE_URL" | "dataDir">): Database {
  if (env.DATABASE_URL) {
    const adapterFactory = new PrismaPg({
      connectionString: env.DATABASE_URL,
      // Fail fast when the server is down rather than queueing requests for ever.
      connectionTimeoutMillis: 5_000,
      max: 10,
    });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return {
      kind: "postgres",
      prisma,
      adapterFactory,
      async executeScript(script) {
        const pg = await import("pg");
        const client = new pg.default.Client({ connectionString: env.DATABASE_URL });
        await client.connect();
        try {
          await client.query(script);
        } finally {
          await client.end();
        }
      },
      close: () => prisma.$disconnect(),
    };
  }
  fs.mkdirSync(path.dirname(env.dataDir), { recursive: true });
  const pglite = new PGlite(env.dataDir);
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: "pglite",
    prisma,
    adapterFactory,
    async executeScript(script) {
      await pglite.exec(script);
    },
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
