import "server-only";
import path from "node:path";
import { z } from "zod";

/** A variable that may be unset or blank (both mean "not set"), else checked by `schema`. */
const optionalSetting = (schema: z.ZodString) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(schema.optional());

const envSchema = z.object({
  /** A PostgreSQL server; when unset the app uses embedded PGlite in MARGINALIA_DATA_DIR. */
  DATABASE_URL: optionalSetting(
    z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  ),
  /** Where embedded PGlite keeps its files. */
  MARGINALIA_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Signs session cookies. Unset: a random secret kept inside the data folder. */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The address people use to reach the app (origin checks, cookie security). */
  MARGINALIA_URL: z.url("MARGINALIA_URL must be a URL such as https://marginalia.example.com").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** "off" disables the demo account (on by default, for trying the app at once). */
  MARGINALIA_DEMO_ACCOUNT: z.enum(["on", "off"]).default("on"),
  /** "on" makes reading filings need an account too (private deployments). */
  MARGINALIA_REQUIRE_SIGN_IN: z.enum(["on", "off"]).default("off"),
  /** Who may create an account: anyone, holders of a workspace invite link, or nobody. */
  MARGINALIA_SIGNUP: z.enum(["open", "invite", "off"]).optional(),
  /** Changes one user may make per minute (notes, replies, edits; a burst of as many). */
  MARGINALIA_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** Filing analyses (preview or import of a filing) one user may run per minute (burst: twice). */
  MARGINALIA_ANALYSES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(15),
  /** Live-feed streams one user may hold open at once, and all users on this server. */
  MARGINALIA_STREAMS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(8),
  MARGINALIA_STREAMS_TOTAL: z.coerce.number().int().min(1).max(100_000).default(500),
  /** How often an open live-feed stream checks that its session still exists. */
  MARGINALIA_STREAM_SESSION_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /**
   * Who is asking, sent with every EDGAR request as the SEC's fair-access rules require: a
   * name and a contact e-mail ("Acme Research ops@acme.example"). Unset: nothing is fetched.
   */
  MARGINALIA_EDGAR_USER_AGENT: optionalSetting(
    z
      .string()
      .max(200, "MARGINALIA_EDGAR_USER_AGENT is too long")
      .regex(/^[\x20-\x7e]+$/, "MARGINALIA_EDGAR_USER_AGENT must be plain ASCII text")
      .regex(
        /\S+@\S+\.\S+/,
        "MARGINALIA_EDGAR_USER_AGENT must name a contact e-mail: 'Acme Research ops@acme.example'",
      ),
  ),
  /**
   * How often watched companies are checked for new filings: "30m" (the default), "90s", "2h",
   * or "off". Nothing is checked without MARGINALIA_EDGAR_USER_AGENT.
   */
  MARGINALIA_EDGAR_POLL: z
    .string()
    .trim()
    .regex(
      /^(off|[1-9]\d{0,4}[smh])$/,
      'MARGINALIA_EDGAR_POLL is a time such as "30m", "90s" or "2h", or "off"',
    )
    .default("30m")
    .transform((value) =>
      value === "off"
        ? null
        : Number(value.slice(0, -1)) * { s: 1, m: 60, h: 3600 }[value.slice(-1) as "s" | "m" | "h"],
    ),
  /**
   * How long a background job (an EDGAR import) may run before it is taken to have died with
   * its server and is tried again elsewhere.
   */
  MARGINALIA_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(86_400).default(600),
  /** EDGAR's web host (documents, the ticker list), or a mirror with the same paths. */
  MARGINALIA_EDGAR_WWW: z.url({ protocol: /^https?$/ }).default("https://www.sec.gov"),
  /** EDGAR's data host (submissions JSON), or a mirror with the same paths. */
  MARGINALIA_EDGAR_DATA: z.url({ protocol: /^https?$/ }).default("https://data.sec.gov"),
  /**
   * The SMTP server email goes through ("smtp://user:pass@host:587", "smtps://…:465"). Unset:
   * no email is sent or queued.
   */
  MARGINALIA_SMTP_URL: optionalSetting(
    z
      .string()
      .regex(/^smtps?:\/\/[^\s/?#]+/, "MARGINALIA_SMTP_URL must be a URL such as smtp://user:pass@host:587")
      .refine(
        (value) => URL.canParse(value),
        "MARGINALIA_SMTP_URL must be a URL such as smtp://user:pass@host:587",
      ),
  ),
  /** Who emails come from ("Marginalia <marginalia@acme.example>"). Unset: no-reply at MARGINALIA_URL's host. */
  MARGINALIA_MAIL_FROM: optionalSetting(
    z
      .string()
      .max(200, "MARGINALIA_MAIL_FROM is too long")
      .regex(/^[\x20-\x7e]+$/, "MARGINALIA_MAIL_FROM must be plain ASCII text on one line")
      .regex(/\S+@\S+/, "MARGINALIA_MAIL_FROM must hold an address: 'Marginalia <marginalia@acme.example>'"),
  ),
  /** The interface `npm start` listens on (scripts/serve.mjs): loopback unless set. */
  HOST: z.string().trim().min(1).default("127.0.0.1"),
});

/** How people may sign up. */
type SignupMode = "open" | "invite" | "off";

export type Env = z.infer<typeof envSchema> & {
  dataDir: string;
  baseUrl: string;
  /** MARGINALIA_SIGNUP, or its default: "invite" when reading needs an account, else "open". */
  signup: SignupMode;
  /**
   * Whether the demo account (published password) may sign in: asked for, on the embedded
   * database, and only while the server listens on loopback (nobody else can reach it).
   */
  demoAccount: boolean;
  /** Who emails come from: MARGINALIA_MAIL_FROM, or no-reply at the app's host. */
  mailFrom: string;
};

/** Is this listening address reachable from this machine only? */
export function isLoopback(host: string): boolean {
  return /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i.test(host);
}

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
  const data = parsed.data;
  const baseUrl = (data.MARGINALIA_URL ?? `http://localhost:${data.PORT}`).replace(/\/$/, "");
  return {
    ...data,
    signup: data.MARGINALIA_SIGNUP ?? (data.MARGINALIA_REQUIRE_SIGN_IN === "on" ? "invite" : "open"),
    demoAccount: data.MARGINALIA_DEMO_ACCOUNT === "on" && !data.DATABASE_URL && isLoopback(data.HOST),
    dataDir: path.resolve(parsed.data.MARGINALIA_DATA_DIR),
    baseUrl,
    mailFrom: data.MARGINALIA_MAIL_FROM ?? `Marginalia <no-reply@${new URL(baseUrl).hostname}>`,
  };
}
