import type { Metadata } from "next";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { safeNextPath } from "@/lib/auth/credentials";
import Link from "next/link";
import { SIGNUP_BY_INVITE, SIGNUP_CLOSED } from "@/lib/auth/signup";
import { inviteIsValid, inviteTokenOf } from "@/lib/workspaces/schemas";
import { signUp } from "@/server/actions/sign-up";
import { getWorkspaceInvite } from "@/server/data/get-workspace-invite";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Create an account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  // MARGINALIA_SIGNUP: open to anyone, by invite link only, or closed.
  const token = inviteTokenOf(next);
  const invite = env.signup === "invite" && token ? await getWorkspaceInvite({ token }) : null;
  const closed =
    env.signup === "off"
      ? SIGNUP_CLOSED
      : env.signup === "invite" && !inviteIsValid(invite, new Date())
        ? SIGNUP_BY_INVITE
        : null;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-semibold">Create an account</h1>
      {closed ? (
        <div className="space-y-3">
          <p role="status" className="rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-900">
            {closed}
          </p>
          <p className="text-sm">
            Already have an account?{" "}
            <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium underline">
              Sign in
            </Link>
          </p>
        </div>
      ) : (
        <>
          {invite && (
            <p className="text-sm text-stone-600 dark:text-stone-400">
              You were invited to join {invite.workspace.name}.
            </p>
          )}
          <CredentialsForm
            action={signUp}
            next={next}
            submitLabel="Create account"
            fields={[
              { name: "name", label: "Name", type: "text", autoComplete: "name" },
              { name: "email", label: "Email", type: "email", autoComplete: "email" },
              {
                name: "password",
                label: "Password (at least 10 characters, not a common one)",
                type: "password",
                autoComplete: "new-password",
              },
            ]}
            alternative={{ text: "Already have an account?", href: "/sign-in", label: "Sign in" }}
          />
        </>
      )}
    </div>
  );
}
