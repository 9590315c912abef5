import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isThrottled, SIGN_IN_LIMITS, signInThrottleKeys } from "@/lib/auth/sign-in-throttle";
import { clearSignInFailures } from "./data/clear-sign-in-failures";
import { getSignInThrottles } from "./data/get-sign-in-throttles";
import { recordSignInFailure } from "./data/record-sign-in-failure";
import { db } from "./db";
import { env } from "./env";
import { authSecret } from "./secret";

/** The client address of a request, as Next's server forwards it. */
function clientAddress(requestHeaders: Headers | undefined): string | null {
  return requestHeaders?.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
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
    advanced: { ipAddress: { ipAddressHeaders: ["x-forwarded-for"] } },
    telemetry: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const keys = signInThrottleKeys(String(ctx.body?.email ?? ""), clientAddress(ctx.headers));
        const now = new Date();
        const entries = await getSignInThrottles({
          keys: [keys.account, ...(keys.address ? [keys.address] : [])],
        });
        if (
          isThrottled(entries.get(keys.account), SIGN_IN_LIMITS.account, now) ||
          (keys.address && isThrottled(entries.get(keys.address), SIGN_IN_LIMITS.address, now))
        )
          throw new APIError("TOO_MANY_REQUESTS", {
            message: "Too many failed sign-ins. Wait 15 minutes, then try again.",
          });
      }),
      after: createAuthMiddleware(async (ctx) => {
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

/** The signed-in user of this request, or null (once per request). */
export const currentUser = cache(async () => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  return session?.user ?? null;
});

/**
 * For private deployments (MARGINALIA_REQUIRE_SIGN_IN=on) reading needs an account too:
 * a signed-out visitor is sent to sign in and then back to `path`.
 */
export async function requireReaderAccess(path: string): Promise<void> {
  if (env.MARGINALIA_REQUIRE_SIGN_IN !== "on") return;
  if (!(await currentUser())) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
}
