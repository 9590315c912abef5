"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { failed, formValues, invalid, type ActionState } from "@/lib/action-state";
import { safeNextPath, signInSchema } from "@/lib/auth/credentials";
import { getAuth } from "@/server/auth";

/** Signs in with email and password, then returns to where the visitor was going. */
export async function signIn(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const values = formValues(formData);
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  try {
    await getAuth().api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
  } catch (error) {
    if (error instanceof APIError) {
      if (error.statusCode === 429)
        return failed(error.message || "Too many attempts. Try again later.", {}, values);
      return failed("That email and password do not match an account.", {}, values);
    }
    throw error;
  }
  redirect(safeNextPath(parsed.data.next));
}
