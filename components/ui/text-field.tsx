import type { InputHTMLAttributes } from "react";

/**
 * A labelled input with its field errors beside it: aria-invalid and aria-describedby point
 * at the message, so screen readers read the error with the field.
 */
export function TextField({
  id,
  label,
  errors,
  className = "",
  ...input
}: { id: string; label: string; errors?: string[] } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`space-y-1 text-sm ${className}`}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        {...input}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 aria-invalid:border-red-600 dark:border-stone-700 dark:bg-stone-950"
      />
      {errors && (
        <p id={`${id}-error`} className="text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

/** A form's overall message after a failed action, announced politely. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null }) {
  return (
    <div aria-live="polite" className="text-sm">
      {state && !state.ok && state.message && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </div>
  );
}

/**
 * A TextField of a form driven by a server action: its errors from the action's last state,
 * and after a failure what was typed (React resets the form once the action ran), else
 * `initial` (a detected or stored value).
 */
export function ActionTextField({
  state,
  name,
  idPrefix,
  initial,
  ...field
}: {
  /** Any action state (ActionState of any data). */
  state:
    | { ok: true }
    | { ok: false; fieldErrors: Record<string, string[]>; values?: Record<string, string> }
    | null;
  name: string;
  idPrefix: string;
  initial: string;
  label: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "defaultValue">) {
  const failure = state && !state.ok ? state : null;
  return (
    <TextField
      id={`${idPrefix}-${name}`}
      name={name}
      errors={failure?.fieldErrors[name]}
      defaultValue={failure?.values?.[name] ?? initial}
      {...field}
    />
  );
}
