"use client";

import { useActionState } from "react";
import { PrimaryButton } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/text-field";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { changePassword } from "@/server/actions/change-password";

/** Change one's password: the current one, and the new one twice. Other sessions are signed out. */
export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePassword, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="max-w-sm space-y-3">
      <TextField
        id="current-password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label="Current password"
        required
        errors={errors.currentPassword}
      />
      <TextField
        id="new-password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={`New password (${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters)`}
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        errors={errors.newPassword}
      />
      <TextField
        id="confirm-password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        label="New password again"
        required
        errors={errors.confirmPassword}
      />
      <PrimaryButton type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </PrimaryButton>
      <FormMessage state={state} />
      <p aria-live="polite" className="text-sm text-green-800 dark:text-green-300">
        {state?.ok ? "Password changed. Your other sessions were signed out." : ""}
      </p>
    </form>
  );
}
