"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { failed, formValues, invalid, type ActionState } from "@/lib/action-state";
import { safeNextPath, signUpSchema } from "@/lib/auth/credentials";
import { getAuth } from "@/server/auth";

/** Creates an account (the password is hashed by Better Auth) and signs it in. */
export async function signUp(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  const values = formValues(formData);
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  try {
    await getAuth().api.signUpEmail({
      body: { name: parsed.data.name, email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
  } catch (error) {
    if (error instanceof APIError) {
      if (error.statusCode === 429) return failed("Too many attempts. Try again in a minute.", {}, values);
      if (error.statusCode === 422 || /exist/i.test(error.message))
        return failed(
          "An account with that email already exists.",
          { email: ["An account with that email already exists. Sign in instead."] },
          values,
        );
      return failed("The account could not be created. Check the fields and try again.", {}, values);
    }
    throw error;
  }
  redirect(safeNextPath(parsed.data.next));
}
