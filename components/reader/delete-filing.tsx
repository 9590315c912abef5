"use client";

import { useActionState, useId, useRef } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { deleteFiling } from "@/server/actions/delete-filing";

/**
 * "Delete filing…": a confirmation that says what goes with it — the reader's own notes and
 * those in workspaces they own — or, when others' notes are on it, why it cannot be deleted.
 */
export function DeleteFiling({
  filingSlug,
  title,
  yours,
  workspaces,
  others,
}: {
  filingSlug: string;
  title: string;
  yours: number;
  workspaces: { name: string; count: number }[];
  others: number;
}) {
  const [state, action, pending] = useActionState(deleteFiling, null);
  const dialog = useRef<HTMLDialogElement>(null);
  const hydrated = useHydrated();
  const titleId = useId();
  const total = yours + workspaces.reduce((sum, workspace) => sum + workspace.count, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return (
    <>
      <button
        type="button"
        disabled={!hydrated}
        onClick={() => dialog.current?.showModal()}
        className="relative shrink-0 text-sm text-red-700 underline underline-offset-2 dark:text-red-400"
      >
        {/* "Delete…" in the filing's toolbar, where a line is short; "Delete filing…" to a screen reader. */}
        Delete<span className="sr-only"> filing…</span>
        <span aria-hidden>…</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-stone-200 bg-white p-5 text-sm text-stone-900 shadow-xl backdrop:bg-stone-950/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Delete {title}?
        </h2>
        {others > 0 ? (
          <p className="mt-3">
            It can’t be deleted: {plural(others, "note")} by other people (private, or in workspaces you don’t
            own) {others === 1 ? "is" : "are"} on it, and deleting the filing would destroy their work. They
            can export and delete their notes first.
          </p>
        ) : (
          <div className="mt-3 space-y-2">
            <p>
              This removes the filing, its analysis and{" "}
              <strong>{total === 0 ? "no notes (there are none)" : plural(total, "note")}</strong> with their
              threads, for everyone. It cannot be undone.
            </p>
            {total > 0 && (
              <ul className="list-disc pl-5">
                {yours > 0 && <li>{plural(yours, "note")} of yours</li>}
                {workspaces.map((workspace) => (
                  <li key={workspace.name}>
                    {plural(workspace.count, "note")} in {workspace.name} (you own it)
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <form action={action} className="mt-5 flex flex-wrap justify-end gap-2">
          <input type="hidden" name="filingSlug" value={filingSlug} />
          <div aria-live="polite" className="mr-auto self-center">
            {state && !state.ok && (
              <p role="alert" className="text-red-700 dark:text-red-400">
                {state.message}
              </p>
            )}
          </div>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-stone-300 px-3 py-1.5 font-medium dark:border-stone-700"
          >
            Cancel
          </button>
          {others === 0 && (
            <button
              type="submit"
              disabled={pending}
              className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white disabled:opacity-60"
            >
              {pending
                ? "Deleting…"
                : total === 0
                  ? "Delete filing"
                  : `Delete filing and ${plural(total, "note")}`}
            </button>
          )}
        </form>
      </dialog>
    </>
  );
}
