import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { personNameSchema, profileImageSchema } from "@/lib/auth/credentials";
import { DEMO_ACCOUNT } from "@/lib/auth/demo-account";
import { passwordProblem } from "@/lib/auth/password-policy";
import { SIGN_IN_DELAYS, signInDelay, signInThrottleKeys } from "@/lib/auth/sign-in-throttle";
import { storableText } from "@/lib/text/storable-text";
import { accessChanged, accessMemory } from "./access-epoch";
import { clearSignInFailures } from "./data/clear-sign-in-failures";
import { getSignInThrottles } from "./data/get-sign-in-throttles";
import { recordSignInFailure } from "./data/record-sign-in-failure";
import { db } from "./db";
import { env } from "./env";
import { authSecret } from "./secret";

/**
 * The client address of a request. scripts/serve.mjs sets X-Forwarded-For to the address it
 * derived from the connection (and trusted proxies only), whatever the client sent.
 */
function clientAddress(requestHeaders: Headers | undefined): string | null {
  return requestHeaders?.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

/** A request body field checked against a schema; a failure is a 400 with the schema's message. */
function check<T>(schema: z.ZodType<T>, value: unknown): void {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new APIError("BAD_REQUEST", { message: result.error.issues[0]?.message ?? "Invalid input." });
}

/**
 * A text field Better Auth stores as sent (not the schema's cleaned value): refused when the
 * database could not store it as is (NUL, a lone surrogate), which would otherwise be a 500.
 */
function checkStored<T>(schema: z.ZodType<T>, value: unknown): void {
  if (typeof value === "string" && value !== storableText(value))
    throw new APIError("BAD_REQUEST", { message: "Remove the NUL or broken characters from this field." });
  check(schema, value);
}

/** A password field as the app's own forms require it (Better Auth's endpoints apply it too). */
const passwordSchema = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

/**
 * The app's rules on Better Auth's own endpoints, so a request straight to /api/auth/… meets
 * the same checks as the app's forms: names, pictures and passwords are validated; sign-up
 * over HTTP is allowed only when MARGINALIA_SIGNUP is "open" (the app's sign-up action checks
 * invites itself and calls Better Auth from the server, without a request); the demo account
 * signs in only where it may (env.demoAccount); failed sign-ins make the next attempt wait.
 */
async function enforceRules(ctx: {
  path: string;
  body?: Record<string, unknown>;
  headers?: Headers;
  request?: Request;
}): Promise<void> {
  const body = ctx.body ?? {};
  switch (ctx.path) {
    case "/sign-up/email":
      if (ctx.request && env.signup !== "open")
        throw new APIError("FORBIDDEN", {
          message:
            env.signup === "off"
              ? "Sign-up is closed on this server."
              : "Sign-up is by invitation: open the invite link a workspace owner sent you.",
        });
      checkStored(personNameSchema, body.name);
      check(passwordSchema, body.password);
      checkStored(profileImageSchema, body.image);
      return;
    case "/update-user":
      if ("name" in body) checkStored(personNameSchema, body.name);
      if ("image" in body) checkStored(profileImageSchema, body.image);
      return;
    case "/change-password":
    case "/reset-password":
      check(passwordSchema, body.newPassword);
      return;
    case "/sign-in/email": {
      const email = String(body.email ?? "")
        .trim()
        .toLowerCase();
      if (email === DEMO_ACCOUNT.email && !env.demoAccount)
        throw new APIError("UNAUTHORIZED", { message: "Invalid email or password" });
      const keys = signInThrottleKeys(email, clientAddress(ctx.headers));
      const entries = await getSignInThrottles({
        keys: [keys.account, ...(keys.address ? [keys.address] : [])],
      });
      const now = new Date();
      const wait = Math.max(
        signInDelay(entries.get(keys.account), SIGN_IN_DELAYS.account, now),
        keys.address ? signInDelay(entries.get(keys.address), SIGN_IN_DELAYS.address, now) : 0,
      );
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        throw new APIError(
          "TOO_MANY_REQUESTS",
          {
            message: `Too many failed sign-ins: wait ${seconds} second${seconds === 1 ? "" : "s"}, then try again.`,
          },
          { "Retry-After": String(seconds) },
        );
      }
      return;
    }
  }
}

function createAuth() {
  const origin = new URL(env.baseUrl);
  return betterAuth({
    appName: "Marginalia",
    baseURL: env.baseUrl,
    // The same server under its other loopback name (localhost vs 127.0.0.1).
    trustedOrigins: [
      env.baseUrl,
      `${origin.protocol}//127.0.0.1:${origin.port || 80}`,
      `${origin.protocol}//localhost:${origin.port || 80}`,
    ],
    secret: authSecret(env),
    database: prismaAdapter(db(), { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Per-address request limits on every auth endpoint, kept in the database so they hold
    // across server processes; failed sign-ins are also counted per account below.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-up/email": { window: 60, max: 20 }, "/sign-in/email": { window: 60, max: 30 } },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
      // A session and its user in one query (a join), not two, on every signed-in request.
      database: { joins: true },
    },
    telemetry: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        await enforceRules(ctx as unknown as Parameters<typeof enforceRules>[0]);
      }),
      after: createAuthMiddleware(async (ctx) => {
        // Sessions remembered for a moment (sessionUserFor) are forgotten when one ends.
        if (ctx.path !== "/get-session") accessChanged();
        if (ctx.path !== "/sign-in/email") return;
        const keys = signInThrottleKeys(String(ctx.body?.email ?? ""), clientAddress(ctx.headers));
        const returned = ctx.context.returned;
        if (returned instanceof APIError) {
          if (returned.statusCode === 401)
            await recordSignInFailure({
              keys: [keys.account, ...(keys.address ? [keys.address] : [])],
              now: new Date(),
            });
        } else await clearSignInFailures({ key: keys.account });
      }),
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { marginaliaAuth?: Auth };

/** The process's Better Auth instance (created on first use, after the database). */
export function getAuth(): Auth {
  return (globalForAuth.marginaliaAuth ??= createAuth());
}

type SessionUser = NonNullable<Awaited<ReturnType<Auth["api"]["getSession"]>>>["user"];

/**
 * How long the user of a Cookie header is remembered: a reader page's requests after its paint
 * (who reads, the notes, follow, unread, the live feed) go out together, and each would look the
 * same session up. A sign-out, or any other change to who may do what, made through this process
 * is seen at once (accessChanged); one made through another server within this time.
 */
const REMEMBER_SESSION_MS = 1_000;
const rememberedSession = accessMemory<SessionUser | null>("sessions", REMEMBER_SESSION_MS);

/** The user whose session these request headers carry, or null (e.g. after they signed out). */
export async function sessionUserFor(requestHeaders: Headers): Promise<SessionUser | null> {
  const cookie = requestHeaders.get("cookie");
  if (!cookie) return null;
  return rememberedSession(cookie, async () => {
    const session = await getAuth().api.getSession({ headers: requestHeaders });
    return session?.user ?? null;
  });
}

/** The signed-in user of this request, or null (once per request). */
export const currentUser = cache(async () => sessionUserFor(await headers()));

/** May this request read filings? Always, unless MARGINALIA_REQUIRE_SIGN_IN=on and nobody is signed in. */
export async function mayReadFilings(): Promise<boolean> {
  return env.MARGINALIA_REQUIRE_SIGN_IN !== "on" || (await currentUser()) !== null;
}

/**
 * For private deployments (MARGINALIA_REQUIRE_SIGN_IN=on) reading needs an account too:
 * a signed-out visitor is sent to sign in and then back to `path`.
 */
export async function requireReaderAccess(path: string): Promise<void> {
  if (env.MARGINALIA_REQUIRE_SIGN_IN !== "on") return;
  // The page cache's own render of a filing's shared page (scripts/serve.mjs): it carries
  // nothing of anyone's, and the cache checks each reader's access before it serves the page.
  if (await isPageCacheFill()) return;
  if (!(await currentUser())) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
}

/**
 * Whether this request is the page cache's own render of a page (scripts/serve.mjs marks it
 * with a secret it shares with this process only; a client's copy of the header is dropped).
 */
async function isPageCacheFill(): Promise<boolean> {
  const secret = (globalThis as { marginaliaPageFillSecret?: string }).marginaliaPageFillSecret;
  return secret !== undefined && (await headers()).get("x-marginalia-page-fill") === secret;
}

/**
 * How a filing's shared page may be sent to the reader whose Cookie header this is
 * (scripts/serve.mjs asks before it serves one from its cache): "public" when anyone may read
 * filings; "signed-in" on a private deployment (MARGINALIA_REQUIRE_SIGN_IN=on) when the
 * cookies carry a session; null when they do not (the reader is sent to sign in).
 */
export async function readerPageAccess(cookie: string | undefined): Promise<"public" | "signed-in" | null> {
  if (env.MARGINALIA_REQUIRE_SIGN_IN !== "on") return "public";
  if (!cookie) return null;
  return (await sessionUserFor(new Headers({ cookie }))) ? "signed-in" : null;
}
