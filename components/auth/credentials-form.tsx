"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/action-state";

interface Field {
  name: string;
  label: string;
  type: string;
  autoComplete: string;
}

/**
 * The sign-in and sign-up form: field errors beside their fields (aria-describedby), the
 * form's message announced (aria-live), values kept across a failed attempt.
 */
export function CredentialsForm({
  action,
  fields,
  submitLabel,
  next,
  alternative,
  demo,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Field[];
  submitLabel: string;
  next: string;
  /** The other way in ("No account yet? Create one"), when there is one. */
  alternative?: { text: string; href: string; label: string };
  demo?: { email: string; password: string };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {fields.map((field) => {
        const error = errors[field.name];
        return (
          <TextField
            key={field.name}
            id={field.name}
            name={field.name}
            label={field.label}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            errors={error}
            defaultValue={
              state && !state.ok && state.values
                ? state.values[field.name]
                : demo && (field.name === "email" || field.name === "password")
                  ? demo[field.name]
                  : undefined
            }
          />
        );
      })}
      <FormMessage state={state} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
      >
        {pending ? "One moment…" : submitLabel}
      </button>
      {alternative && (
        <p className="text-center text-sm text-stone-600 dark:text-stone-400">
          {alternative.text}{" "}
          <Link
            href={`${alternative.href}?next=${encodeURIComponent(next)}`}
            className="font-medium underline"
          >
            {alternative.label}
          </Link>
        </p>
      )}
    </form>
  );
}
