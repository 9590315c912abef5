"use client";

import { useState, useTransition } from "react";
import { ANNOTATION_LABELS } from "@/lib/annotations/labels";
import { parseTags } from "@/lib/annotations/tags";
import { editAnnotation } from "@/server/actions/edit-annotation";
import { removeAnnotation } from "@/server/actions/remove-annotation";
import { resolveAnnotation } from "@/server/actions/resolve-annotation";
import { useNoteChanges } from "./note-changes";
import type { ReaderAnnotation } from "./types";

/** Resolve/reopen for everyone who sees the note; edit for its author; delete where allowed. */
export function NoteControls({ annotation }: { annotation: ReaderAnnotation }) {
  // The version the edit started from: the page may refresh with a colleague's (or another
  // tab's) newer version meanwhile, and saving must then be a conflict, not an overwrite.
  const [editing, setEditing] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [newer, setNewer] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const changes = useNoteChanges();
  /** Saves a change to this note; the panel shows what it left (see NoteChanges). */
  const run = (work: () => Promise<{ ok: boolean; message?: string } | null>, after: () => void) =>
    startTransition(async () => {
      changes.expect(annotation.id);
      const result = await work().catch(() => null);
      if (result?.ok) {
        setMessage(null);
        after();
      } else {
        changes.forget(annotation.id);
        setMessage(result?.message ?? "That did not work. Try again.");
      }
    });

  if (editing !== null)
    return (
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(async () => {
            changes.expect(annotation.id);
            const result = await editAnnotation({
              id: annotation.id,
              version: editing,
              label: String(data.get("label")) as "Note",
              note: String(data.get("note") ?? ""),
              tags: parseTags(String(data.get("tags") ?? "")),
            }).catch(() => null);
            if (!result?.ok) changes.forget(annotation.id);
            if (result?.ok) {
              setEditing(null);
              setMessage(null);
              setNewer(null);
              changes.saved(result.data.annotation);
            } else if (result && !result.ok) {
              setMessage(result.message);
              setNewer(result.fieldErrors.note?.[0] ?? null);
            } else setMessage("The note could not be saved. Try again.");
          });
        }}
      >
        <label className="block text-xs font-medium">
          Label
          <select
            name="label"
            defaultValue={annotation.label}
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-950"
          >
            {ANNOTATION_LABELS.map((label) => (
              <option key={label.name}>{label.name}</option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium">
          Edit note
          <textarea
            name="note"
            defaultValue={annotation.note}
            rows={4}
            maxLength={10_000}
            aria-describedby={message ? `edit-${annotation.id}-error` : undefined}
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white p-2 dark:border-stone-700 dark:bg-stone-950"
          />
        </label>
        <label className="block text-xs font-medium">
          Tags
          <input
            name="tags"
            defaultValue={annotation.tags.join(", ")}
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-950"
          />
        </label>
        <div
          aria-live="polite"
          id={`edit-${annotation.id}-error`}
          className="text-xs text-red-700 dark:text-red-400"
        >
          {message}
          {newer !== null && (
            <blockquote className="mt-1 whitespace-pre-wrap rounded border border-amber-300 bg-amber-50 p-2 text-stone-800 dark:bg-amber-950 dark:text-amber-100">
              {newer}
            </blockquote>
          )}
        </div>
        <div className="flex gap-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-stone-900 px-3 py-1 text-xs font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
          >
            Save changes
          </button>
          <button type="button" onClick={() => setEditing(null)} className="text-xs underline">
            Cancel
          </button>
        </div>
      </form>
    );

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2 text-xs">
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            let saved: ReaderAnnotation | null = null;
            run(
              async () => {
                const result = await resolveAnnotation({ id: annotation.id, resolved: !annotation.resolved });
                if (result?.ok) saved = result.data.annotation;
                return result;
              },
              () => changes.saved(saved),
            );
          }}
          className="rounded border border-stone-300 px-2 py-0.5 dark:border-stone-700"
        >
          {annotation.resolved ? "Reopen" : "Resolve"}
        </button>
        {annotation.mine && (
          <button
            type="button"
            onClick={() => setEditing(annotation.version)}
            className="rounded border border-stone-300 px-2 py-0.5 dark:border-stone-700"
          >
            Edit
          </button>
        )}
        {annotation.canDelete && (
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              if (window.confirm("Delete this note and its replies?"))
                run(
                  () => removeAnnotation({ id: annotation.id }),
                  () => changes.removed(annotation.id),
                );
            }}
            className="rounded border border-red-300 px-2 py-0.5 text-red-700 dark:border-red-800 dark:text-red-400"
          >
            Delete
          </button>
        )}
      </div>
      <p aria-live="polite" className="text-xs text-red-700 dark:text-red-400">
        {message}
      </p>
    </div>
  );
}
