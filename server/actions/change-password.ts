"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { changePasswordSchema } from "@/lib/auth/credentials";
import { currentUser, getAuth } from "@/server/auth";

/**
 * Changes the signed-in user's password (Better Auth checks the current one and hashes the
 * new one) and signs out their other sessions, keeping this one.
 */
export async function changePassword(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(await currentUser())) return failed("Sign in to change your password.");
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const requestHeaders = await headers();
    await getAuth().api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword },
      headers: requestHeaders,
    });
    // Not changePassword's own revokeOtherSessions: it replaces this session too, and the
    // page rendered after the action still carries the old cookie (it would be signed out).
    await getAuth().api.revokeOtherSessions({ headers: requestHeaders });
  } catch (error) {
    if (error instanceof APIError) {
      if (error.statusCode === 429) return failed("Too many attempts. Try again in a minute.");
      if (error.statusCode === 400 || error.statusCode === 401)
        return failed("Your current password is not right.", {
          currentPassword: ["That is not your current password."],
        });
      return failed("The password could not be changed. Try again.");
    }
    throw error;
  }
  return { ok: true };
}
