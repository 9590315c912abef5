import type { Metadata } from "next";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { safeNextPath } from "@/lib/auth/credentials";
import { DEMO_ACCOUNT } from "@/lib/auth/demo-account";
import { signIn } from "@/server/actions/sign-in";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  const demo = env.demoAccount;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-semibold">Sign in</h1>
      {next !== "/" && (
        <p className="text-sm text-stone-600 dark:text-stone-400">Sign in to open the link you were sent.</p>
      )}
      {demo && (
        <p className="rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-900">
          Trying Marginalia? The demo account is filled in: <strong>{DEMO_ACCOUNT.email}</strong>, password{" "}
          <strong>{DEMO_ACCOUNT.password}</strong>.
        </p>
      )}
      <CredentialsForm
        action={signIn}
        next={next}
        submitLabel="Sign in"
        demo={demo ? DEMO_ACCOUNT : undefined}
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
        alternative={
          env.signup === "off"
            ? undefined
            : { text: "No account yet?", href: "/sign-up", label: "Create one" }
        }
      />
    </div>
  );
}
