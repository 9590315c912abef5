"use client";

import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { MarginNotes } from "./margin-notes";
import { AnnotationCard, NOTES_PAGE, ShowMoreNotes } from "./note-card";
import { NoteMarkers } from "./note-markers";
import { NoteSheet } from "./note-sheet";
import { NoteChangesContext } from "./note-changes";
import { publishNotePositions } from "./note-positions";
import { scrollToAnnotation } from "./scroll-to-annotation";
import { PopoverLoading, ShareSelection } from "./selection-popovers";
import type { ReaderAnnotation } from "./types";
import { useHighlights } from "./use-highlights";
import { useLiveNotes } from "./use-live-notes";
import { useSelectionDraft } from "./use-selection-draft";
import { ANNOTATION_LABELS } from "@/lib/annotations/labels";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { useStoredChoice } from "@/components/ui/use-stored-choice";
import { count } from "@/lib/text/count";

/** Where the reader's choice of margin or list is kept. */
const VIEW_KEY = "marginalia:notes-view";
const VIEW_CHOICES = ["margin", "list"] as const;
/** The width from which the notes have a margin beside the text (Tailwind's xl). */
const MARGIN_WIDTH = "(min-width: 1280px)";

// Only a signed-in reader who annotates uses the note form: its code is loaded then.
const AnnotateSelection = lazy(() => import("./annotate-selection"));

/**
 * The filing's annotations: highlights painted with the CSS Custom Highlight API (no change
 * to the server-rendered text, so adding one costs one Range, not a re-render), a popover to
 * annotate the current selection, and the notes with their threads: on a wide screen in the
 * margin beside their passages (or as a filtered list, the reader's choice); narrower, as a
 * list after the text, with markers beside the text that open a note in a sheet.
 */
export function AnnotationsPanel({
  filingSlug,
  signedIn,
  initialOpenId,
  sharedSelection,
  workspaces,
  liveAfter,
  initialNotes,
}: {
  filingSlug: string;
  /** The last live event when the notes were read: the feed continues from there. */
  liveAfter: string;
  /** The notes the reader may see, as the reader's start read them (summaries). */
  initialNotes: ReaderAnnotation[];
  /** The user's workspaces, to share a new note with. */
  workspaces: Array<{ id: string; name: string }>;
  signedIn: boolean;
  /** From a share link (/a/<id>): the note to open and scroll to. */
  initialOpenId: string | null;
  /** From a selection link: where its quote was found, or "missing". */
  sharedSelection: { start: number; end: number } | "missing" | null;
}) {
  const [openId, setOpenId] = useState<string | null>(initialOpenId);
  const live = useLiveNotes({ filingSlug, signedIn, liveAfter, initialNotes, openId });
  const { notes, pending, status, changes, loadNote } = live;
  useEffect(() => {
    if (!signedIn) return;
    // A signed-in reader is likely to annotate: have the note form's code ready by then.
    const warm = window.setTimeout(() => void import("./annotate-selection"), 1_000);
    return () => window.clearTimeout(warm);
  }, [signedIn]);

  // The page sends notes as summaries: a card's thread is read when it is opened.
  const [threadFailed, setThreadFailed] = useState<string | null>(null);
  const loadingThread = useRef<string | null>(null);
  const openNote = useCallback((id: string) => {
    setOpenId(id);
    setThreadFailed(null);
  }, []);
  const openSummary = notes.find((note) => note.id === openId && !note.full);
  useEffect(() => {
    const id = openSummary?.id;
    if (!id || threadFailed === id || loadingThread.current === id) return;
    loadingThread.current = id;
    void loadNote(id).then((result) => {
      loadingThread.current = null;
      if (result === "failed") setThreadFailed(id);
    });
  }, [openSummary?.id, threadFailed, loadNote]);
  const wide = useMediaQuery(MARGIN_WIDTH);
  const [view, chooseView] = useStoredChoice(VIEW_KEY, VIEW_CHOICES);
  const inMargin = wide && view === "margin";
  // A note opened from the text: beside it in the margin; in the list, its card scrolled into
  // the list's view; narrower, in the sheet.
  const openFromText = useCallback(
    (id: string) => {
      openNote(id);
      if (wide && view === "list")
        window.requestAnimationFrame(() =>
          document.getElementById(`annotation-${id}`)?.scrollIntoView({ block: "nearest" }),
        );
    },
    [openNote, wide, view],
  );
  const [draft, setDraft] = useSelectionDraft(signedIn);
  const [filter, setFilter] = useState<string>("all");
  const [listLength, setListLength] = useState(NOTES_PAGE);
  const anchored = useMemo(() => notes.filter((a) => a.anchor.status === "anchored"), [notes]);
  const orphans = useMemo(() => notes.filter((a) => a.anchor.status === "orphan"), [notes]);
  // The outline's counts, the minimap and the header's count follow this list, once read.
  useEffect(() => {
    if (status !== "ready") return;
    publishNotePositions(
      filingSlug,
      anchored.flatMap((a) =>
        a.anchor.status === "anchored" ? [{ id: a.id, start: a.anchor.start, colour: a.colour }] : [],
      ),
      notes.length,
    );
  }, [filingSlug, anchored, notes.length, status]);

  useHighlights({ anchored, pending, openId, onOpen: openFromText, sharedSelection });

  const reveal = useCallback(
    (annotation: ReaderAnnotation) => {
      openNote(annotation.id);
      // In the margin the card is already beside its passage.
      if (!inMargin) scrollToAnnotation(annotation);
    },
    [openNote, inMargin],
  );

  // A share link's note: once the notes are here, scroll to its passage.
  const revealedInitial = useRef(false);
  useEffect(() => {
    if (revealedInitial.current || !initialOpenId || status !== "ready") return;
    revealedInitial.current = true;
    const annotation = notes.find((a) => a.id === initialOpenId);
    if (annotation) scrollToAnnotation(annotation);
  }, [initialOpenId, status, notes]);

  const visible = notes.filter(
    (a) =>
      filter === "all" ||
      (filter === "mine" && a.mine) ||
      (filter === "open" && !a.resolved) ||
      (filter === "resolved" && a.resolved) ||
      filter === `author:${a.authorName}` ||
      a.label === filter,
  );
  const authors = [...new Set(notes.map((a) => a.authorName))].sort();
  // A filing may carry thousands of notes: list them a page at a time (the open one always),
  // so the page's HTML and hydration stay small; every highlight is painted regardless.
  const listedAnchored = visible.filter((a) => a.anchor.status === "anchored");
  const openIndex = openId ? listedAnchored.findIndex((a) => a.id === openId) : -1;
  const shown = listedAnchored.slice(0, Math.max(listLength, openIndex + 1));
  const more = listedAnchored.length - shown.length;

  const openAnnotation = openId ? notes.find((a) => a.id === openId) : undefined;
  const card = (annotation: ReaderAnnotation, extra: Partial<Parameters<typeof AnnotationCard>[0]> = {}) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      // Narrower than the margin, the open note is in the sheet, not also in the list.
      open={wide && annotation.id === openId}
      onOpen={() => (annotation.id === openId ? setOpenId(null) : reveal(annotation))}
      threadFailed={annotation.id === threadFailed}
      onRetry={() => openNote(annotation.id)}
      {...extra}
    />
  );

  return (
    <NoteChangesContext.Provider value={changes}>
      <div
        className={
          inMargin
            ? "relative h-full"
            : "xl:sticky xl:top-4 xl:z-40 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto"
        }
      >
        <section
          aria-labelledby="annotations-title"
          aria-busy={status === "loading"}
          className="space-y-3 text-sm"
        >
          <div className="flex items-center justify-between gap-2">
            <h2 id="annotations-title" className="font-semibold">
              Notes {/* No count until the notes are read: "(0)" would say there are none. */}
              {status === "ready" && (
                <span className="font-normal text-stone-600 dark:text-stone-400">({notes.length})</span>
              )}
            </h2>
            <label className="sr-only" htmlFor="annotation-filter">
              Show
            </label>
            <select
              id="annotation-filter"
              value={filter}
              onChange={(event) => setFilter(event.currentTarget.value)}
              className="rounded-md border border-stone-300 bg-white px-2 py-1 text-xs dark:border-stone-700 dark:bg-stone-900"
            >
              <option value="all">All notes</option>
              <option value="mine">Mine</option>
              <option value="open">Open</option>
              <option value="resolved">Resolved</option>
              <optgroup label="Label">
                {ANNOTATION_LABELS.map((label) => (
                  <option key={label.name} value={label.name}>
                    {label.name}
                  </option>
                ))}
              </optgroup>
              {authors.length > 1 && (
                <optgroup label="Author">
                  {authors.map((name) => (
                    <option key={name} value={`author:${name}`}>
                      {name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
          {wide && (
            <div role="tablist" aria-label="Notes view" className="flex gap-1 text-xs">
              {(["margin", "list"] as const).map((choice) => (
                <button
                  key={choice}
                  type="button"
                  role="tab"
                  aria-selected={view === choice}
                  tabIndex={view === choice ? 0 : -1}
                  onClick={() => chooseView(choice)}
                  onKeyDown={(event) => {
                    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
                    const other = choice === "margin" ? "list" : "margin";
                    chooseView(other);
                    const sibling = event.currentTarget.parentElement?.querySelector<HTMLElement>(
                      `[data-view-tab="${other}"]`,
                    );
                    sibling?.focus();
                  }}
                  data-view-tab={choice}
                  className={`rounded-md px-2 py-1 font-medium ${
                    view === choice
                      ? "bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900"
                      : "text-stone-700 hover:bg-stone-200 dark:text-stone-300 dark:hover:bg-stone-800"
                  }`}
                >
                  {choice === "margin" ? "Beside the text" : "List"}
                </button>
              ))}
            </div>
          )}
          {!signedIn && (
            <p className="text-stone-600 dark:text-stone-400">
              <a
                href={`/sign-in?next=${encodeURIComponent(`/filings/${filingSlug}`)}`}
                className="font-medium underline"
              >
                Sign in
              </a>{" "}
              to annotate passages and see your team&apos;s notes.
            </p>
          )}
          {sharedSelection === "missing" && (
            <p
              role="status"
              className="rounded-md bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
            >
              The passage from your link could not be found in this version of the filing.
            </p>
          )}
          {signedIn && status === "loading" && (
            <p role="status" className="text-stone-600 dark:text-stone-400">
              Loading notes…
            </p>
          )}
          {status === "failed" && (
            <p
              role="alert"
              className="rounded-md bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
            >
              The notes could not be loaded.{" "}
              <button type="button" className="font-medium underline" onClick={live.retry}>
                Try again
              </button>
            </p>
          )}
          {signedIn && status === "ready" && notes.length === 0 && (
            <p className="text-stone-600 dark:text-stone-400">
              No notes yet. Select a passage to annotate it.
            </p>
          )}
          {inMargin ? (
            <>
              {orphans.length > 0 && (
                <p className="text-xs text-stone-600 dark:text-stone-400">
                  {count(orphans.length, "orphaned note", "orphaned notes")} (passages no longer in the text):{" "}
                  <button type="button" className="font-medium underline" onClick={() => chooseView("list")}>
                    see the list
                  </button>
                </p>
              )}
              <MarginNotes
                notes={listedAnchored}
                openId={openId}
                renderCard={(annotation, place) => card(annotation, place)}
              />
            </>
          ) : (
            <>
              <ol className="space-y-2">{shown.map((annotation) => card(annotation))}</ol>
              {more > 0 && (
                <ShowMoreNotes more={more} onMore={() => setListLength(shown.length + NOTES_PAGE)} />
              )}
              {orphans.length > 0 && (
                <div className="space-y-2">
                  <h3 className="font-semibold text-amber-800 dark:text-amber-300">
                    Orphaned ({orphans.length})
                  </h3>
                  <p className="text-xs text-stone-600 dark:text-stone-400">
                    The filing&apos;s text changed and these passages could not be found again. Their notes
                    and threads are kept.
                  </p>
                  <ol aria-label="Orphaned notes" className="space-y-2">
                    {orphans.map((annotation) =>
                      card(annotation, {
                        onOpen: () => (annotation.id === openId ? setOpenId(null) : openNote(annotation.id)),
                      }),
                    )}
                  </ol>
                </div>
              )}
            </>
          )}
          {draft && !signedIn && <ShareSelection filingSlug={filingSlug} draft={draft} />}
          {draft && signedIn && (
            <Suspense fallback={<PopoverLoading draft={draft} />}>
              <AnnotateSelection
                filingSlug={filingSlug}
                workspaces={workspaces}
                draft={draft}
                onDone={(id) => {
                  setDraft(null);
                  document.getSelection()?.removeAllRanges();
                  if (id) setOpenId(id);
                }}
              />
            </Suspense>
          )}
        </section>
      </div>
      {!wide && status === "ready" && (
        <NoteMarkers notes={listedAnchored} openId={openId} onOpen={openNote} />
      )}
      {!wide && openAnnotation && (
        <NoteSheet annotation={openAnnotation} onClose={() => setOpenId(null)}>
          {card(openAnnotation, { open: true, elementId: false })}
        </NoteSheet>
      )}
    </NoteChangesContext.Provider>
  );
}
