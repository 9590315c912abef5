"use client";

import { useActionState, useId } from "react";
import { importAnnotations } from "@/server/actions/import-annotations";
import { PrimaryButton } from "@/components/ui/button";
import { ToolPanel } from "@/components/ui/tool-panel";

/**
 * Export this filing's notes (CSV, W3C JSON-LD, a Markdown brief) and import a JSON-LD file
 * of annotations as one's own, private or shared with a workspace.
 */
export function NotesTransfer({
  filingSlug,
  workspaces,
}: {
  filingSlug: string;
  workspaces: Array<{ id: string; name: string }>;
}) {
  const [state, action, pending] = useActionState(importAnnotations, null);
  const fileId = useId();
  const errors = state && !state.ok ? state.fieldErrors.file : undefined;
  const exportHref = (format: string) => `/api/v1/filings/${filingSlug}/export?format=${format}`;
  return (
    <ToolPanel summary="Export or import notes">
      <div className="space-y-4">
        <p className="flex flex-wrap gap-x-3 gap-y-1">
          <span>Download the notes you can see:</span>
          <a href={exportHref("csv")} download className="underline">
            CSV
          </a>
          <a href={exportHref("jsonld")} download className="underline">
            W3C JSON-LD
          </a>
          <a href={exportHref("markdown")} download className="underline">
            Brief (Markdown)
          </a>
        </p>
        <form action={action} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="filingSlug" value={filingSlug} />
          <div className="space-y-1">
            <label htmlFor={fileId} className="block font-medium">
              Import a W3C Web Annotation file
            </label>
            <input
              id={fileId}
              type="file"
              name="file"
              accept=".jsonld,.json,application/ld+json,application/json"
              required
              aria-invalid={errors ? true : undefined}
              aria-describedby={errors ? `${fileId}-error` : undefined}
            />
          </div>
          <label className="space-y-1">
            <span className="block font-medium">As</span>
            <select
              name="visibility"
              className="rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-950"
            >
              <option value="private">Private notes</option>
              {workspaces.map((workspace) => (
                <option key={workspace.id} value={workspace.id}>
                  Shared with {workspace.name}
                </option>
              ))}
            </select>
          </label>
          <PrimaryButton type="submit" disabled={pending}>
            {pending ? "Importing…" : "Import"}
          </PrimaryButton>
          <div aria-live="polite" className="w-full">
            {state?.ok && (
              <p className="text-emerald-700 dark:text-emerald-400">
                Imported {state.data.imported} {state.data.imported === 1 ? "annotation" : "annotations"} and{" "}
                {state.data.replies} {state.data.replies === 1 ? "reply" : "replies"}.
              </p>
            )}
            {state && !state.ok && (
              <div id={`${fileId}-error`} role="alert" className="text-red-700 dark:text-red-400">
                <p>{state.message}</p>
                {errors && errors.length > 0 && errors[0] !== state.message && (
                  <ul className="mt-1 list-disc pl-5">
                    {errors.map((error) => (
                      <li key={error}>{error}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
        </form>
      </div>
    </ToolPanel>
  );
}
