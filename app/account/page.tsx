import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ApiTokens } from "@/components/account/api-tokens";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EmailPreferencesForm } from "@/components/account/email-preferences-form";
import { currentUser } from "@/server/auth";
import { getEmailPreferences } from "@/server/data/get-email-preferences";
import { listApiTokens } from "@/server/data/list-api-tokens";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

/**
 * The signed-in user's account: who they are, their password, which emails they get, and their
 * personal access tokens for the API.
 */
export default async function AccountPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=%2Faccount");
  const [tokens, preferences] = await Promise.all([
    listApiTokens({ userId: user.id }),
    getEmailPreferences({ userId: user.id }),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Account</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          {user.name} · {user.email}
        </p>
      </div>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-xl font-semibold">
          Password
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="email-heading" className="space-y-3">
        <h2 id="email-heading" className="text-xl font-semibold">
          Email
        </h2>
        <EmailPreferencesForm preferences={preferences} mailOn={Boolean(env.MARGINALIA_SMTP_URL)} />
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-xl font-semibold">
          API tokens
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Call the API at <code>/api/v1</code> as yourself with{" "}
          <code>Authorization: Bearer &lt;token&gt;</code>. A read token can only read; revoke a token the
          moment you no longer need it. The API is described at{" "}
          <a href="/api/v1/openapi.json" className="underline">
            /api/v1/openapi.json
          </a>
          .
        </p>
        <ApiTokens
          tokens={tokens.map((token) => ({
            ...token,
            createdAt: token.createdAt.toISOString(),
            lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
            revokedAt: token.revokedAt?.toISOString() ?? null,
          }))}
        />
      </section>
    </div>
  );
}
