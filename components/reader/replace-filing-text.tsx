"use client";

import { useActionState, useId } from "react";
import { replaceFilingText } from "@/server/actions/replace-filing-text";
import { PrimaryButton } from "@/components/ui/button";
import { ToolPanel } from "@/components/ui/tool-panel";

/**
 * For the filing's importer: upload a corrected version of its text. Notes are found again in
 * the new text by their quotes; the ones that cannot be are listed as orphaned.
 */
export function ReplaceFilingText({ filingSlug }: { filingSlug: string }) {
  const [state, action, pending] = useActionState(replaceFilingText, null);
  const fileId = useId();
  const failure = state && !state.ok ? state : null;
  return (
    <ToolPanel summary="Replace text">
      <form action={action} className="space-y-3">
        <p className="text-stone-600 dark:text-stone-400">
          You imported this filing, so you can replace its text (an amended filing, a cleaner copy). Every
          note stays: each is found again in the new text by its quote, and those whose passage is gone are
          listed as orphaned with their threads.
        </p>
        <input type="hidden" name="filingSlug" value={filingSlug} />
        <div className="space-y-1">
          <label htmlFor={fileId} className="block font-medium">
            Corrected filing (.txt, .htm, .html)
          </label>
          <input
            id={fileId}
            type="file"
            name="file"
            accept=".txt,.htm,.html,text/plain,text/html"
            required
            aria-invalid={failure ? true : undefined}
            aria-describedby={failure ? `${fileId}-error` : undefined}
          />
        </div>
        <PrimaryButton type="submit" disabled={pending}>
          {pending ? "Replacing…" : "Replace text"}
        </PrimaryButton>
        <div aria-live="polite">
          {failure && (
            <p id={`${fileId}-error`} role="alert" className="text-red-700 dark:text-red-400">
              {failure.message}
            </p>
          )}
        </div>
      </form>
    </ToolPanel>
  );
}
