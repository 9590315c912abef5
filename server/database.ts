import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/prisma/generated/client";
import { statementNames } from "@/lib/statement-names";
import { lockDataDir } from "./data-dir-lock.mjs";
import type { Env } from "./parse-env";

/**
 * Distinct statement texts a process prepares on PostgreSQL by name (a bound on what each
 * connection keeps on the server); any beyond go unnamed. A PgBouncer in transaction mode needs
 * `max_prepared_statements` set (1.21+) to pass named statements through.
 */
const MAX_NAMED_STATEMENTS = 500;

/** An open database: the Prisma client plus what migrations need to reach the same connection. */
export interface Database {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  /** The driver adapter factory Prisma uses; the schema engine migrates through it. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs a whole SQL script as one simple query (migrations with `$$` bodies need this). */
  executeScript(script: string): Promise<void>;
  /**
   * For the job queue (pg-boss), which brings its own SQL: on PostgreSQL, the connection string
   * (pg-boss keeps its own small pool); on PGlite, a way to run a statement in this process's
   * one connection — with parameters as one statement, without as a script.
   */
  jobsConnection:
    | { connectionString: string }
    | { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number }> };
  /** LISTENs on a channel; returns how to stop. PGlite delivers in-process; pg on its own connection. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * Opens the database the environment names: the PostgreSQL server at DATABASE_URL, or else
 * embedded PGlite in the data folder (created on first use). One per process: PGlite allows
 * a single process per data folder, which server/data-dir-lock.mjs enforces.
 * @throws DataDirInUseError when another live process holds the data folder
 */
export function openDatabase(env: Pick<Env, "DATABASE_URL" | "dataDir">): Database {
  if (env.DATABASE_URL) {
    const adapterFactory = new PrismaPg(
      {
        connectionString: env.DATABASE_URL,
        // Fail fast when the server is down rather than queueing requests for ever.
        connectionTimeoutMillis: 5_000,
        max: 10,
      },
      // Prepared once per connection, then only bound and executed: at 50 clients this took a
      // fifth off the CPU of an API create (the note's one statement is 3 KB of SQL).
      // (Its type wants a name for every statement; undefined is what the adapter sends without
      // a generator: an unnamed statement.)
      { statementNameGenerator: statementNames(MAX_NAMED_STATEMENTS) as (query: { sql: string }) => string },
    );
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
      jobsConnection: { connectionString: env.DATABASE_URL },
      listen: (channel, onPayload) => listenWithPg(env.DATABASE_URL!, channel, onPayload),
      close: () => prisma.$disconnect(),
    };
  }
  fs.mkdirSync(path.dirname(env.dataDir), { recursive: true });
  // One process per folder (PGlite has no lock of its own): refuse, naming the holder, if taken.
  const lock = env.dataDir.startsWith("memory://")
    ? { release: () => undefined }
    : lockDataDir(env.dataDir, path.basename(process.argv[1] ?? "node"));
  process.once("exit", lock.release);
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
    jobsConnection: {
      async executeSql(text, values) {
        if (values && values.length > 0) {
          const result = await pglite.query(text, values);
          return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
        }
        const last = (await pglite.exec(text)).at(-1);
        return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
      },
    },
    async listen(channel, onPayload) {
      const stop = await pglite.listen(channel, onPayload);
      return stop;
    },
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
      lock.release();
    },
  };
}

/**
 * LISTEN on a dedicated PostgreSQL connection (a pooled one would drop it), reconnecting with
 * a back-off when the server goes away; missed notifications are caught up by the readers,
 * who read events after the last id they saw.
 */
async function listenWithPg(
  connectionString: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  const pg = (await import("pg")).default;
  let client: import("pg").Client | null = null;
  let stopped = false;
  let delay = 500;
  const connect = async (): Promise<void> => {
    if (stopped) return;
    const next = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload) onPayload(message.payload);
    });
    next.on("error", () => undefined);
    next.on("end", () => {
      if (stopped) return;
      client = null;
      setTimeout(() => void connect(), delay);
      delay = Math.min(delay * 2, 10_000);
    });
    try {
      await next.connect();
      await next.query(`LISTEN "${channel.replaceAll('"', "")}"`);
      client = next;
      delay = 500;
      onPayload("{}"); // reconnected: let readers catch up on anything missed
    } catch {
      await next.end().catch(() => undefined);
    }
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
