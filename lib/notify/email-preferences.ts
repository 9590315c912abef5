import { z } from "zod";

/** The kinds of email a user may turn on, each with its own unsubscribe link. */
export const EMAIL_KINDS = ["mention", "follow"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** A checkbox as a form sends it: "on" when ticked, absent when not. */
const checkbox = z
  .enum(["on"], { message: "Tick the box or leave it empty." })
  .optional()
  .transform((value) => value === "on");

/** The account page's email preferences (both off unless ticked). */
export const emailPreferencesSchema = z.object({
  emailOnMention: checkbox,
  emailOnFollow: checkbox,
});

/** Which User column a kind of email is turned on by. */
export function preferenceOf(kind: EmailKind): "emailOnMention" | "emailOnFollow" {
  return kind === "mention" ? "emailOnMention" : "emailOnFollow";
}

/** "emails when you are mentioned", "emails about what you follow": what an unsubscribe turns off. */
export function describeEmailKind(kind: EmailKind): string {
  return kind === "mention" ? "emails when you are mentioned" : "emails about what you follow";
}
