"use client";

import { useMemo, useState, useTransition } from "react";
import { buildThread, type ThreadNode } from "@/lib/threads";
import { addComment } from "@/server/actions/add-comment";
import { changeComment } from "@/server/actions/change-comment";
import { NoteControls } from "./note-controls";
import { useNoteChanges } from "./note-changes";
import type { ReaderAnnotation, ReaderComment } from "./types";

/**
 * An open note's thread: its controls, note, tags and replies, and the reply form with
 * @mention suggestions. Loaded when a card is first opened.
 */
export default function NoteThread({ annotation }: { annotation: ReaderAnnotation }) {
  const [body, setBody] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const changes = useNoteChanges();
  const tree = useMemo(() => buildThread(annotation.comments), [annotation.comments]);
  if (!annotation.full)
    return (
      <p
        role="status"
        className="border-t border-stone-200 p-2 text-stone-600 dark:border-stone-800 dark:text-stone-400"
      >
        Loading the thread…
      </p>
    );
  // "@an" at the end of the reply offers the note's audience whose handle starts so.
  const typed = /@([a-z0-9._-]*)$/i.exec(body)?.[1]?.toLowerCase();
  const suggestions =
    typed === undefined
      ? []
      : annotation.audience.filter((person) => person.handle.startsWith(typed)).slice(0, 6);
  return (
    <div className="space-y-3 border-t border-stone-200 p-2 dark:border-stone-800">
      <NoteControls annotation={annotation} />
      {annotation.noteHtml && (
        <div className="prose-note" dangerouslySetInnerHTML={{ __html: annotation.noteHtml }} />
      )}
      {annotation.tags.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label="Tags">
          {annotation.tags.map((tag) => (
            <li key={tag} className="rounded bg-stone-100 px-1.5 text-xs dark:bg-stone-800">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {tree.length > 0 && (
        <ol className="space-y-2" aria-label="Replies">
          {tree.map((node) => (
            <CommentNode key={node.comment.id} node={node} annotationId={annotation.id} />
          ))}
        </ol>
      )}
      <form
        className="space-y-1"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            changes.expect(annotation.id);
            const result = await addComment({ annotationId: annotation.id, body }).catch(() => null);
            if (result?.ok) {
              setBody("");
              setMessage(null);
              changes.saved(result.data.annotation);
            } else {
              changes.forget(annotation.id);
              setMessage(result && !result.ok ? result.message : "The reply could not be saved. Try again.");
            }
          });
        }}
      >
        <label htmlFor={`reply-${annotation.id}`} className="sr-only">
          Reply
        </label>
        <textarea
          id={`reply-${annotation.id}`}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          aria-autocomplete="list"
          aria-controls={suggestions.length ? `mentions-${annotation.id}` : undefined}
          rows={2}
          maxLength={10_000}
          placeholder="Reply (Markdown)"
          aria-describedby={message ? `reply-${annotation.id}-error` : undefined}
          className="w-full rounded-md border border-stone-300 bg-white p-2 dark:border-stone-700 dark:bg-stone-950"
        />
        {suggestions.length > 0 && (
          <ul
            id={`mentions-${annotation.id}`}
            role="listbox"
            aria-label="Mention a colleague"
            className="rounded-md border border-stone-200 bg-white text-xs dark:border-stone-700 dark:bg-stone-950"
          >
            {suggestions.map((person) => (
              <li key={person.handle} role="option" aria-selected={false}>
                <button
                  type="button"
                  onClick={() => setBody(body.replace(/@[a-z0-9._-]*$/i, `@${person.handle} `))}
                  className="block w-full px-2 py-1 text-left hover:bg-stone-100 dark:hover:bg-stone-800"
                >
                  @{person.handle} <span className="text-stone-600 dark:text-stone-400">{person.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div aria-live="polite">
          {message && (
            <p id={`reply-${annotation.id}-error`} className="text-red-700 dark:text-red-400">
              {message}
            </p>
          )}
        </div>
        <button
          type="submit"
          disabled={pending || body.trim() === ""}
          className="rounded-md bg-stone-900 px-3 py-1 text-xs font-medium text-white disabled:opacity-50 dark:bg-stone-100 dark:text-stone-900"
        >
          {pending ? "Replying…" : "Reply"}
        </button>
      </form>
    </div>
  );
}

function CommentNode({ node, annotationId }: { node: ThreadNode<ReaderComment>; annotationId: string }) {
  const { comment } = node;
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState(comment.source ?? "");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const changes = useNoteChanges();
  const change = (body: string | null, version: number) =>
    startTransition(async () => {
      changes.expect(annotationId);
      const result = await changeComment({ annotationId, commentId: comment.id, version, body }).catch(
        () => null,
      );
      if (!result?.ok) changes.forget(annotationId);
      if (result?.ok) {
        setEditing(null);
        setMessage(null);
        changes.saved(result.data.annotation);
      } else if (result && !result.ok)
        setMessage(
          result.fieldErrors.body ? `${result.message} “${result.fieldErrors.body[0]}”` : result.message,
        );
      else setMessage("That did not work. Try again.");
    });
  return (
    <li className="space-y-1">
      <p className="text-xs text-stone-600 dark:text-stone-400">
        <span className="font-semibold text-stone-800 dark:text-stone-200">{comment.authorName}</span>{" "}
        <time dateTime={comment.createdAt}>
          {new Date(comment.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
        </time>
      </p>
      {comment.deletedAt ? (
        <p className="italic text-stone-600 dark:text-stone-400">Deleted</p>
      ) : editing !== null ? (
        <form
          className="space-y-1"
          onSubmit={(event) => {
            event.preventDefault();
            change(draft, editing);
          }}
        >
          <label htmlFor={`edit-comment-${comment.id}`} className="sr-only">
            Edit reply
          </label>
          <textarea
            id={`edit-comment-${comment.id}`}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            rows={2}
            maxLength={10_000}
            className="w-full rounded-md border border-stone-300 bg-white p-2 dark:border-stone-700 dark:bg-stone-950"
          />
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-stone-900 px-2 py-0.5 text-xs text-white dark:bg-stone-100 dark:text-stone-900"
          >
            Save reply
          </button>
        </form>
      ) : (
        <div className="prose-note" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
      )}
      {comment.editedAt && !comment.deletedAt && (
        <p className="text-xs text-stone-600 dark:text-stone-400">(edited)</p>
      )}
      {comment.source !== null && editing === null && (
        <div className="flex gap-2 text-xs">
          <button type="button" onClick={() => setEditing(comment.version)} className="underline">
            Edit reply
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              if (window.confirm("Delete this reply?")) change(null, comment.version);
            }}
            className="text-red-700 underline dark:text-red-400"
          >
            Delete reply
          </button>
        </div>
      )}
      <p aria-live="polite" className="text-xs text-red-700 dark:text-red-400">
        {message}
      </p>
      {node.children.length > 0 && (
        <ol className="ml-3 space-y-2 border-l border-stone-200 pl-2 dark:border-stone-800">
          {node.children.map((child) => (
            <CommentNode key={child.comment.id} node={child} annotationId={annotationId} />
          ))}
        </ol>
      )}
    </li>
  );
}
