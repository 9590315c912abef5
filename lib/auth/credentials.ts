import { storableText } from "@/lib/text/storable-text";
import { z } from "zod";

const email = z
  .email("Enter an email address such as ann@example.com.")
  .max(254, "That email address is too long.");

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(email),
  password: z.string().min(1, "Enter your password.").max(128, "Passwords are at most 128 characters."),
  next: z.string().optional(),
});

export const signUpSchema = z.object({
  name: z
    .string()
    .overwrite(storableText)
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Keep your name under 100 characters."),
  email: z.string().trim().toLowerCase().pipe(email),
  password: z
    .string()
    .min(10, "Use at least 10 characters.")
    .max(128, "Passwords are at most 128 characters."),
  next: z.string().optional(),
});

/**
 * Where to go after signing in: a path on this site only (never another origin, which would
 * make the sign-in page an open redirect).
 */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
