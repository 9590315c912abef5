"use client";

import { lazy, Suspense, useMemo, type CSSProperties, type Ref } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { count } from "@/lib/text/count";
import { textBetween } from "./text-offsets";
import type { ReaderAnnotation } from "./types";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";

// Only a reader who opens a card uses the thread: its code is loaded then.
const NoteThread = lazy(() => import("./note-thread"));

/** How many notes the sidebar lists at first, and adds each time the reader asks for more. */
export const NOTES_PAGE = 50;

/**
 * One note in the list: its quote, label, author, date, replies and audience; opened, its
 * links and its thread (read when it opens).
 */
export function AnnotationCard({
  annotation,
  open,
  onOpen,
  threadFailed,
  onRetry,
  style,
  cardRef,
  elementId = true,
}: {
  annotation: ReaderAnnotation;
  open: boolean;
  onOpen: () => void;
  /** Where it goes when placed in the margin beside its passage. */
  style?: CSSProperties;
  cardRef?: Ref<HTMLLIElement>;
  /** Whether it carries the note's element id (links and scrolls find it by that): not in a sheet. */
  elementId?: boolean;
  /** Its thread could not be read (it is read when the card opens). */
  threadFailed: boolean;
  onRetry: () => void;
}) {
  const replies = annotation.replyCount;
  // A summary of a note whose passage is unchanged leaves its quote out: it is the page's text.
  const quote = useMemo(() => {
    if (annotation.exact || annotation.anchor.status !== "anchored") return annotation.exact;
    const root = document.querySelector(READER_SELECTOR.filingText);
    return root ? textBetween(root, annotation.anchor.start, annotation.anchor.end) : "";
  }, [annotation.exact, annotation.anchor]);
  return (
    <li
      id={elementId ? `annotation-${annotation.id}` : undefined}
      ref={cardRef}
      data-note-id={annotation.id}
      className={`rounded-lg border bg-white dark:bg-stone-900 ${
        open ? "border-stone-400 shadow-md dark:border-stone-500" : "border-stone-200 dark:border-stone-800"
      }`}
      style={{ ...style, borderLeft: `4px solid ${annotation.colour}` }}
    >
      <button
        type="button"
        onClick={onOpen}
        aria-expanded={open}
        className="block w-full space-y-1 p-2 text-left"
      >
        <span className="line-clamp-2 font-serif italic text-stone-700 dark:text-stone-300">“{quote}”</span>
        <span className="flex flex-wrap items-center gap-x-2 text-xs text-stone-600 dark:text-stone-400">
          {/* The label in the text colour (AA on every theme), its colour on the dot. */}
          <span className="inline-flex items-center gap-1 font-semibold text-stone-800 dark:text-stone-200">
            <span aria-hidden className="size-2 rounded-full" style={{ background: annotation.colour }} />
            {annotation.label}
          </span>
          <span>{annotation.authorName}</span>
          <time dateTime={annotation.createdAt}>
            {new Date(annotation.createdAt).toLocaleDateString("en-US", { dateStyle: "medium" })}
          </time>
          <span>{count(replies, "reply", "replies")}</span>
          <span>{annotation.workspaceName ? `Shared: ${annotation.workspaceName}` : "Private"}</span>
          {annotation.resolved && <span>Resolved</span>}
        </span>
      </button>
      {open && (
        <div className="flex items-center gap-2 border-t border-stone-200 px-2 py-1 text-xs dark:border-stone-800">
          <CopyButton
            label="Copy link"
            copiedMessage="Link copied"
            text={() => new URL(`/a/${annotation.id}`, window.location.origin).toString()}
          />
          <CopyButton label="Copy quote" copiedMessage="Quote copied" text={`“${quote}”`} />
        </div>
      )}
      {open &&
        (threadFailed ? (
          <p role="alert" className="border-t border-stone-200 p-2 dark:border-stone-800">
            The thread could not be loaded.{" "}
            <button type="button" onClick={onRetry} className="underline">
              Try again
            </button>
          </p>
        ) : (
          <Suspense fallback={<ThreadLoading />}>
            <NoteThread annotation={annotation} />
          </Suspense>
        ))}
    </li>
  );
}

/** "Show more" at the end of the notes list (a button: focus stays put for keyboard users). */
export function ShowMoreNotes({ more, onMore }: { more: number; onMore: () => void }) {
  return (
    <button
      type="button"
      onClick={onMore}
      className="w-full rounded-md border border-stone-300 px-3 py-1.5 font-medium dark:border-stone-700"
    >
      Show more notes ({more} more)
    </button>
  );
}

/** An opened card while its thread's code loads. */
function ThreadLoading() {
  return (
    <p
      role="status"
      className="border-t border-stone-200 p-2 text-stone-600 dark:border-stone-800 dark:text-stone-400"
    >
      Loading the thread…
    </p>
  );
}
