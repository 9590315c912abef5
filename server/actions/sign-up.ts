"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { failed, formValues, invalid, type ActionState } from "@/lib/action-state";
import { safeNextPath, signUpSchema } from "@/lib/auth/credentials";
import { SIGNUP_BY_INVITE, SIGNUP_CLOSED } from "@/lib/auth/signup";
import { inviteIsValid, inviteTokenOf } from "@/lib/workspaces/schemas";
import { getAuth } from "@/server/auth";
import { getWorkspaceInvite } from "@/server/data/get-workspace-invite";
import { env } from "@/server/env";

/**
 * Creates an account (the password is hashed by Better Auth) and signs it in — when sign-up is
 * open, or (MARGINALIA_SIGNUP=invite) for someone holding a workspace invite link that still
 * works; never when it is off.
 */
export async function signUp(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  if (env.signup === "off") return failed(SIGNUP_CLOSED, {}, values);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  if (env.signup === "invite") {
    const token = inviteTokenOf(safeNextPath(parsed.data.next));
    const invite = token ? await getWorkspaceInvite({ token }) : null;
    if (!inviteIsValid(invite, new Date())) return failed(SIGNUP_BY_INVITE, {}, values);
  }
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
