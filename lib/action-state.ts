import type { z } from "zod";

/** What a server action returns to its form: success, or field errors and a message to show. */
export type ActionState<T = undefined> =
  | ({ ok: true } & (T extends undefined ? unknown : { data: T }))
  | { ok: false; fieldErrors: Record<string, string[]>; message: string }
  | null;

/** A failed state from a zod error: one list of messages per field. */
export function invalid(
  error: z.ZodError,
  message = "Please correct the fields marked below.",
): ActionState<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors, message };
}

/** A failed state with a message and no field errors. */
export function failed(message: string, fieldErrors: Record<string, string[]> = {}): ActionState<never> {
  return { ok: false, fieldErrors, message };
}
