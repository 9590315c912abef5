/**
 * Prisma's schema engine compiled to WebAssembly, driven through a driver adapter, so that
 * migrations run offline on PGlite and on a PostgreSQL server alike (Prisma's CLI would
 * download a native engine, which these machines cannot).
 */
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const projectRoot = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

type EngineModule = typeof import("@prisma/schema-engine-wasm");
// Per process, not per module copy: the bindings module is shared, and instantiating the wasm
// twice would swap the memory under the first instance (test runners load this file twice).
const globalForEngine = globalThis as unknown as { marginaliaSchemaEngine?: Promise<EngineModule> };

/** Loads the wasm once per process (importing a .wasm directly would need a Node flag). */
function loadEngineModule(): Promise<EngineModule> {
  return (globalForEngine.marginaliaSchemaEngine ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports only its JS entry points; its folder holds the .wasm beside them.
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bindings = (await import(path.join(dir, "schema_engine_bg.js"))) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await fs.readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })());
}

/**
 * Wraps a driver adapter factory so scripts run whole (the stock adapters split on ";" or
 * do not await errors, which records failed migrations as applied), and every adapter the
 * engine opens is disposed at the end.
 */
function wrapFactory(
  factory: SqlMigrationAwareDriverAdapterFactory,
  executeScript: (script: string) => Promise<void>,
  opened: Array<() => Promise<void>>,
): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter, run: (script: string) => Promise<void>) => {
    adapter.executeScript = run;
    opened.push(() => adapter.dispose());
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect(), executeScript),
    connectToShadowDb: async () => {
      if (factory.adapterName.includes("pglite")) {
        // The stock PGlite shadow database is never closed; ours is.
        const shadow = new PGlite("memory://");
        opened.push(() => shadow.close());
        const adapter = await new PrismaPGlite(shadow).connect();
        return patch(adapter, async (script) => {
          await shadow.exec(script);
        });
      }
      const adapter = await factory.connectToShadowDb();
      const driver = (adapter as unknown as { underlyingDriver(): import("pg").Pool }).underlyingDriver();
      return patch(adapter, async (script) => {
        await driver.query(script);
      });
    },
  };
}

/**
 * The engine reports a driver's failure as "External error id#N"; put the driver's own
 * message (e.g. PostgreSQL's) in its place so a failed migration says what went wrong.
 */
function withReadableErrors(
  engine: SchemaEngine,
  registry: { consumeError(id: number): { error: unknown } | undefined },
): SchemaEngine {
  return new Proxy(engine, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((error: unknown) => {
          const text = error instanceof Error ? error.message : String(error);
          const id = /External error id#(\d+)/.exec(text)?.[1];
          const cause = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
          if (!cause) throw error;
          const detail = describeDriverError(cause);
          throw new Error(`${detail}\n${text}`, { cause });
        });
      };
    },
  });
}

function describeDriverError(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  if (cause && typeof cause === "object") {
    const record = cause as Record<string, unknown>;
    const message = record.message ?? (record.cause as Record<string, unknown> | undefined)?.message;
    if (typeof message === "string") return message;
    return JSON.stringify(cause);
  }
  return String(cause);
}

/** Reads prisma/migrations as the engine expects it. */
async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  await fs.mkdir(dir, { recursive: true });
  const entries = (await fs.readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  const lockContent = await fs.readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      entries.map(async (name) => {
        const file = path.join(dir, name, "migration.sql");
        const content = await fs
          .readFile(file, "utf8")
          .then((value) => ({ tag: "ok" as const, value }))
          .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/** A connection to the schema engine; `close()` disposes everything it opened. */
interface EngineSession {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/**
 * Starts the schema engine on a database reached through `factory`.
 * @param executeScript runs one whole SQL script on that database
 */
async function startSchemaEngine(options: {
  factory: SqlMigrationAwareDriverAdapterFactory;
  executeScript: (script: string) => Promise<void>;
  logs?: string[];
}): Promise<EngineSession> {
  const bindings = await loadEngineModule();
  const opened: Array<() => Promise<void>> = [];
  const schema = await fs.readFile(schemaPath, "utf8");
  const bound = bindMigrationAwareSqlAdapterFactory(
    wrapFactory(options.factory, options.executeScript, opened),
  );
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (log: string) => options.logs?.push(log),
    bound,
  );
  return {
    engine: withReadableErrors(engine, bound.errorRegistry),
    async close() {
      engine.free();
      for (const dispose of opened.reverse()) await dispose().catch(() => undefined);
    },
  };
}

/** Applies pending migrations (what `prisma migrate deploy` does); returns the names applied. */
export async function applyMigrations(options: {
  factory: SqlMigrationAwareDriverAdapterFactory;
  executeScript: (script: string) => Promise<void>;
  /** Defaults to prisma/migrations. */
  migrationsDir?: string;
}): Promise<string[]> {
  const session = await startSchemaEngine(options);
  try {
    const result = await session.engine.applyMigrations({
      migrationsList: await readMigrations(options.migrationsDir),
      filters: noFilters,
    });
    return result.appliedMigrationNames;
  } finally {
    await session.close();
  }
}

/**
 * Compares prisma/schema.prisma with what the migrations build, on a throwaway in-memory
 * PGlite. Returns the SQL that would bring the migrations up to the schema ("" when in step).
 */
export async function diffSchemaAgainstMigrations(
  options: { schema?: string; migrationsDir?: string } = {},
): Promise<string> {
  const scratch = new PGlite("memory://");
  const session = await startSchemaEngine({
    factory: new PrismaPGlite(scratch),
    executeScript: async (script) => {
      await scratch.exec(script);
    },
  });
  try {
    const schema = options.schema ?? (await fs.readFile(schemaPath, "utf8"));
    const migrations = await readMigrations(options.migrationsDir);
    const result = await session.engine.diff({
      // With no migrations yet there is no lockfile naming the connector: diff from nothing.
      from:
        migrations.migrationDirectories.length === 0
          ? { tag: "empty" }
          : { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    return result.exitCode === 2 ? sql : "";
  } finally {
    await session.close();
    await scratch.close();
  }
}
