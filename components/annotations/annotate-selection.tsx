"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { ANNOTATION_LABELS } from "@/lib/annotations/labels";
// Not from ./schemas: that would ship zod to the browser.
import { parseTags } from "@/lib/annotations/tags";
import { createAnnotation } from "@/server/actions/create-annotation";
import { PrimaryButton } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import {
  liftPassageAboveSheet,
  POPOVER_PLACEMENT,
  popoverPosition,
  selectionLink,
  type Draft,
} from "./annotate-popover";
import { useNoteChanges } from "./note-changes";

/**
 * The annotate popover's form for a signed-in reader: label, note, tags, audience; saving
 * hands the saved note to the panel (no page render). Loaded on the first selection.
 */
export default function AnnotateSelection({
  filingSlug,
  workspaces,
  draft,
  onDone,
}: {
  filingSlug: string;
  workspaces: Array<{ id: string; name: string }>;
  draft: Draft;
  onDone: (id: string | null) => void;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const changes = useNoteChanges();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => liftPassageAboveSheet(draft), [draft]);
  const link = () => selectionLink(filingSlug, draft.exact, draft.prefix, draft.suffix);
  return (
    <form
      ref={formRef}
      data-annotation-popover
      role="dialog"
      aria-label="Annotate the selection"
      onKeyDown={(event) => event.key === "Escape" && onDone(null)}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const label = String(data.get("label")) as "Note";
        // Painted at once; the saved note takes its place when the server answers.
        const unpaint = changes.pending({ start: draft.start, end: draft.end, label });
        startTransition(async () => {
          const result = await createAnnotation({
            filingSlug,
            start: draft.start,
            end: draft.end,
            label,
            note: String(data.get("note") ?? ""),
            tags: parseTags(String(data.get("tags") ?? "")),
            visibility: String(data.get("visibility") ?? "private"),
          }).catch(() => null);
          unpaint();
          if (result?.ok) {
            changes.saved(result.data.annotation);
            onDone(result.data.id);
          } else
            setMessage(result && !result.ok ? result.message : "The note could not be saved. Try again.");
        });
      }}
      className={`${POPOVER_PLACEMENT} w-80 space-y-2 rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-xl dark:border-stone-700 dark:bg-stone-900`}
      style={popoverPosition(draft)}
    >
      <blockquote
        data-draft-quote
        className="line-clamp-3 border-l-2 border-stone-300 pl-2 text-xs text-stone-700 italic dark:border-stone-600 dark:text-stone-300"
      >
        “{draft.exact}”
      </blockquote>
      <fieldset className="flex flex-wrap gap-1">
        <legend className="mb-1 text-xs font-semibold">Annotate the selection</legend>
        {ANNOTATION_LABELS.map((label, index) => (
          <label
            key={label.name}
            className="flex cursor-pointer items-center gap-1 rounded-full border border-stone-300 px-2 py-0.5 text-xs has-checked:border-stone-800 dark:border-stone-700 dark:has-checked:border-stone-200"
          >
            <input
              type="radio"
              name="label"
              value={label.name}
              defaultChecked={index === 3}
              className="sr-only"
            />
            <span aria-hidden className="size-2 rounded-full" style={{ background: label.colour }} />
            {label.name}
          </label>
        ))}
      </fieldset>
      <label className="block">
        <span className="text-xs font-medium">Note (Markdown, optional)</span>
        <textarea
          name="note"
          rows={3}
          maxLength={10_000}
          autoFocus
          className="mt-1 w-full rounded-md border border-stone-300 bg-white p-2 dark:border-stone-700 dark:bg-stone-950"
        />
      </label>
      <label className="block">
        <span className="text-xs font-medium">Tags (comma-separated)</span>
        <input
          name="tags"
          className="mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-950"
        />
      </label>
      <label className="block">
        <span className="text-xs font-medium">Visible to</span>
        <select
          name="visibility"
          defaultValue="private"
          className="mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-950"
        >
          <option value="private">Only me</option>
          {workspaces.map((workspace) => (
            <option key={workspace.id} value={workspace.id}>
              {workspace.name}
            </option>
          ))}
        </select>
      </label>
      <p aria-live="polite" className="text-red-700 dark:text-red-400">
        {message}
      </p>
      <div className="flex gap-2">
        <PrimaryButton type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save note"}
        </PrimaryButton>
        <button
          type="button"
          onClick={() => onDone(null)}
          className="px-2 text-stone-600 underline dark:text-stone-400"
        >
          Cancel
        </button>
      </div>
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <CopyButton
          label="Copy link"
          copiedMessage="Link copied"
          text={link}
          className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700"
        />
      </p>
    </form>
  );
}
