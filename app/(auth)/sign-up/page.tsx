import type { Metadata } from "next";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { safeNextPath } from "@/lib/auth/credentials";
import { signUp } from "@/server/actions/sign-up";

export const metadata: Metadata = { title: "Create an account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-semibold">Create an account</h1>
      <CredentialsForm
        action={signUp}
        next={next}
        submitLabel="Create account"
        fields={[
          { name: "name", label: "Name", type: "text", autoComplete: "name" },
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          {
            name: "password",
            label: "Password (at least 10 characters)",
            type: "password",
            autoComplete: "new-password",
          },
        ]}
        alternative={{ text: "Already have an account?", href: "/sign-in", label: "Sign in" }}
      />
    </div>
  );
}
