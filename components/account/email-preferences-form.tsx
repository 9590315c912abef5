"use client";

import { useActionState } from "react";
import { PrimaryButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/text-field";
import { saveEmailPreferences } from "@/server/actions/save-email-preferences";

type Preferences = { emailOnMention: boolean; emailOnFollow: boolean };

const CHOICES: Array<{ name: keyof Preferences; label: string; hint: string }> = [
  {
    name: "emailOnMention",
    label: "Email me when I'm mentioned",
    hint: "When a colleague @mentions you in a note or a reply.",
  },
  {
    name: "emailOnFollow",
    label: "Email me about what I follow",
    hint: "Others' new notes, replies and resolutions in the filings and workspaces you follow.",
  },
];

/**
 * Which emails the user wants (both off until ticked). `mailOn`: whether this server sends
 * email at all (MARGINALIA_SMTP_URL), said so that a choice that does nothing yet is not a surprise.
 */
export function EmailPreferencesForm({ preferences, mailOn }: { preferences: Preferences; mailOn: boolean }) {
  const [state, action, pending] = useActionState(saveEmailPreferences, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // After a save the form shows what was saved (React resets the form to these).
  const shown = state?.ok ? state.data : preferences;
  return (
    <form action={action} className="space-y-3">
      <fieldset className="space-y-3">
        <legend className="sr-only">Emails</legend>
        {CHOICES.map((choice) => {
          const id = `email-${choice.name}`;
          const error = errors[choice.name];
          return (
            <div key={choice.name} className="flex items-start gap-2 text-sm">
              <input
                id={id}
                type="checkbox"
                name={choice.name}
                defaultChecked={shown[choice.name]}
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
                aria-invalid={error ? true : undefined}
                className="mt-1"
              />
              <div>
                <label htmlFor={id} className="font-medium">
                  {choice.label}
                </label>
                <p id={`${id}-hint`} className="text-stone-600 dark:text-stone-400">
                  {choice.hint}
                </p>
                {error && (
                  <p id={`${id}-error`} className="text-red-700 dark:text-red-400">
                    {error.join(" ")}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </fieldset>
      {!mailOn && (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          This server sends no email yet (its administrator has not set MARGINALIA_SMTP_URL); your choice is
          kept for when it does.
        </p>
      )}
      <PrimaryButton type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save email preferences"}
      </PrimaryButton>
      <FormMessage state={state} />
      <p role="status" className="text-sm text-green-800 dark:text-green-300">
        {state?.ok ? "Email preferences saved." : ""}
      </p>
    </form>
  );
}
