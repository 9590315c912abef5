"use server";

import type { ActionState } from "@/lib/action-state";
import { emailPreferencesSchema } from "@/lib/notify/email-preferences";
import { updateEmailPreferences } from "@/server/data/update-email-preferences";
import { userFormAction } from "@/server/user-action";

/** Saves which emails the signed-in user wants: when mentioned, about what they follow. */
export const saveEmailPreferences = userFormAction(
  { schema: emailPreferencesSchema, signedOut: "Sign in to choose your emails." },
  async (preferences, user): Promise<ActionState<{ emailOnMention: boolean; emailOnFollow: boolean }>> => {
    await updateEmailPreferences({ userId: user.id, ...preferences });
    return { ok: true, data: preferences };
  },
);
