import type { z } from "zod";

/** What a server action returns to its form: success, or field errors and a message to show. */
export type ActionState<T = undefined> =
  | ({ ok: true } & (T extends undefined ? unknown : { data: T }))
  | {
      ok: false;
      fieldErrors: Record<string, string[]>;
      message: string;
      /** What was submitted (never secrets), so the form shows it again after React resets it. */
      values?: Record<string, string>;
    }
  | null;

/** A failed state from a zod error: one list of messages per field. */
export function invalid(
  error: z.ZodError,
  message = "Please correct the marked fields.",
  values?: Record<string, string>,
): ActionState<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors, message, values };
}

/** A failed state with a message and no field errors. */
export function failed(
  message: string,
  fieldErrors: Record<string, string[]> = {},
  values?: Record<string, string>,
): ActionState<never> {
  return { ok: false, fieldErrors, message, values };
}

/** The submitted text fields of a form, without the named secrets (passwords). */
export function formValues(formData: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData)
    if (typeof value === "string" && !omit.includes(key)) values[key] = value;
  return values;
}
