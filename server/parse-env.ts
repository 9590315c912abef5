import "server-only";
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  /** A PostgreSQL server; when unset the app uses embedded PGlite in MARGINALIA_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
        .optional(),
    ),
  /** Where embedded PGlite keeps its files. */
  MARGINALIA_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

/**
 * Validates the environment, failing with one readable line per bad variable.
 * @param source usually `process.env`
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.MARGINALIA_DATA_DIR) };
}
