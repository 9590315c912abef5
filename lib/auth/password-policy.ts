/**
 * What a password must be: at least 10 characters, not only spaces, not one character over and
 * over, and not among the ~49,000 most common passwords (the list @zxcvbn-ts/language-common
 * ships, checked case-insensitively). Server-side only: the list is 380 KB.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  return (common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase())));
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `Passwords are at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (password.trim() === "") return "A password of spaces only is too easy to guess.";
  if (/^(.)\1*$/su.test(password)) return "One character repeated is too easy to guess.";
  if (commonPasswords().has(password.toLowerCase()))
    return "That is one of the most common passwords: choose one that is not.";
  return null;
}
