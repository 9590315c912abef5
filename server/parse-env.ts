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
  /** Signs session cookies. Unset: a random secret kept beside the data folder. */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The address people use to reach the app (origin checks, cookie security). */
  MARGINALIA_URL: z.url("MARGINALIA_URL must be a URL such as https://marginalia.example.com").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** "off" disables the demo account (on by default, for trying the app at once). */
  MARGINALIA_DEMO_ACCOUNT: z.enum(["on", "off"]).default("on"),
  /** "on" makes reading filings need an account too (private deployments). */
  MARGINALIA_REQUIRE_SIGN_IN: z.enum(["on", "off"]).default("off"),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string; baseUrl: string };

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
  return {
    ...parsed.data,
    dataDir: path.resolve(parsed.data.MARGINALIA_DATA_DIR),
    baseUrl: (parsed.data.MARGINALIA_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/$/, ""),
  };
}
