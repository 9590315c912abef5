import { storableText } from "@/lib/text/storable-text";
import { passwordProblem } from "./password-policy";
import { z } from "zod";

const email = z
  .email("Enter an email address such as ann@example.com.")
  .max(254, "That email address is too long.");

/** Characters that reorder or hide text around them (bidirectional overrides and isolates). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/**
 * A person's name as shown beside their notes: storable, one line, no bidirectional overrides
 * (which would make "Ann" read as something else), at most 100 characters.
 */
export const personNameSchema = z
  .string()
  .overwrite(storableText)
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Keep your name under 100 characters.")
  .refine((name) => !BIDI_CONTROLS.test(name), "Names cannot contain text-direction control characters.")
  .refine((name) => !/[\r\n\t]/.test(name), "Keep your name on one line.");

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(email),
  password: z.string().min(1, "Enter your password.").max(128, "Passwords are at most 128 characters."),
  next: z.string().optional(),
});

export const signUpSchema = z.object({
  name: personNameSchema,
  email: z.string().trim().toLowerCase().pipe(email),
  password: z.string().superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }),
  next: z.string().optional(),
});

/** Changing one's password: the current one, and a new one the policy accepts, typed twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, "Enter your current password.")
      .max(128, "Passwords are at most 128 characters."),
    newPassword: z.string().superRefine((password, context) => {
      const problem = passwordProblem(password);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password other than your current one.",
  });

/** A profile picture: an http(s) address, or none (never javascript: or data:). */
export const profileImageSchema = z
  .string()
  .max(2048, "That address is too long.")
  .refine((value) => /^https?:\/\//i.test(value), "A picture must be an http(s) address.")
  .nullable()
  .optional();

/** A made-up origin to resolve `next` against: whatever resolves elsewhere is another site. */
const HERE = "https://marginalia.invalid";

/**
 * Where to go after signing in: a path on this site only. `next` is parsed as a URL the way a
 * browser would (which drops tabs and newlines and reads "\\" as "/"), and anything that
 * lands on another origin, or has control characters at all, is refused — so the sign-in page
 * is never an open redirect ("/\t/evil.example" is "//evil.example" to a browser).
 */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || !next.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return "/";
  }
  // "/.//evil.example" resolves to the path "//evil.example": another site to a browser.
  if (url.origin !== HERE || url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
