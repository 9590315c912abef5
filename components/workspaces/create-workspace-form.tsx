"use client";

import { useActionState } from "react";
import { createWorkspace } from "@/server/actions/create-workspace";

/** Name a new workspace; errors beside the field. */
export function CreateWorkspaceForm() {
  const [state, action, pending] = useActionState(createWorkspace, null);
  const error = state && !state.ok ? state.fieldErrors.name : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <label htmlFor="workspace-name" className="block text-sm font-medium">
          New workspace
        </label>
        <input
          id="workspace-name"
          name="name"
          maxLength={80}
          defaultValue={state && !state.ok ? state.values?.name : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "workspace-name-error" : undefined}
          placeholder="e.g. Japan telecoms desk"
          className="rounded-md border border-stone-300 bg-white px-3 py-1.5 dark:border-stone-700 dark:bg-stone-950"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
      >
        Create
      </button>
      <div aria-live="polite" className="w-full text-sm">
        {error && (
          <p id="workspace-name-error" className="text-red-700 dark:text-red-400">
            {error.join(" ")}
          </p>
        )}
      </div>
    </form>
  );
}
