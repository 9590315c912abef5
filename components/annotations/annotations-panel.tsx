"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { HighlightPainter } from "./highlight-painter";
import { offsetsToRanges, pointToOffset, selectionToRange, textBetween } from "./text-offsets";
import type { ReaderAnnotation } from "./types";
import { NoteChangesContext, type NoteChanges } from "./note-changes";
import { publishNotePositions } from "./note-positions";
import {
  liftPassageAboveSheet,
  POPOVER_PLACEMENT,
  popoverPosition,
  selectionLink,
  type Draft,
} from "./annotate-popover";
import { ANNOTATION_LABELS } from "@/lib/annotations/labels";
import { upsertReaderAnnotation } from "@/lib/annotations/reader-annotation-list";
import { CopyButton } from "@/components/ui/copy-button";
import { count } from "@/lib/text/count";

// What only a signed-in reader who opens a thread or annotates uses is loaded then, not with
// the page every visitor reads.
const NoteThread = lazy(() => import("./note-thread"));
const AnnotateSelection = lazy(() => import("./annotate-selection"));

/** The quote and ~32 characters of context around [start, end), read from the rendered text. */
function quoteContext(start: number, end: number): { exact: string; prefix: string; suffix: string } {
  const root = document.querySelector(".filing-text");
  if (!root) return { exact: "", prefix: "", suffix: "" };
  const read = (from: number, to: number) => textBetween(root, from, to);
  return {
    exact: read(start, end),
    prefix: read(start - 32, start).slice(-32),
    suffix: read(end, end + 32).slice(0, 32),
  };
}

/** Scrolls an anchored annotation's passage into view and flashes it. */
function scrollToAnnotation(annotation: ReaderAnnotation) {
  if (annotation.anchor.status !== "anchored") return;
  const root = document.querySelector(".filing-text");
  const first = root ? offsetsToRanges(root, annotation.anchor.start, annotation.anchor.end)[0] : undefined;
  const element = first?.startContainer.parentElement?.closest<HTMLElement>(".reader-block");
  element?.scrollIntoView({ block: "center" });
  element?.classList.remove("is-flashing");
  void element?.offsetWidth;
  element?.classList.add("is-flashing");
}

/** How long a selection must stay unchanged before a phone's handle-made selection is offered. */
const SELECTION_SETTLE_MS = 400;

/** The notes of a filing this user may see, as summaries (see app/api/filings/[slug]/notes). */
async function fetchNoteList(filingSlug: string): Promise<ReaderAnnotation[] | "signed-out" | "failed"> {
  const response = await fetch(`/api/filings/${encodeURIComponent(filingSlug)}/notes`, {
    cache: "no-store",
  }).catch(() => null);
  if (response?.status === 401) return "signed-out";
  if (!response?.ok) return "failed";
  return ((await response.json()) as { notes: ReaderAnnotation[] }).notes;
}

/** One note whole (with its thread) as this user may see it; "gone" when deleted or hidden. */
async function fetchNote(filingSlug: string, id: string): Promise<ReaderAnnotation | "gone" | "failed"> {
  const response = await fetch(`/api/filings/${encodeURIComponent(filingSlug)}/notes/${id}`, {
    cache: "no-store",
  }).catch(() => null);
  if (response?.ok) return (await response.json()) as ReaderAnnotation;
  return response?.status === 404 ? "gone" : "failed";
}

/** How many notes the sidebar lists at first, and adds each time the reader asks for more. */
const NOTES_PAGE = 50;

/** "Show more" at the end of the notes list (a button: focus stays put for keyboard users). */
function ShowMoreNotes({ more, onMore }: { more: number; onMore: () => void }) {
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

const highlightName = (label: string) => `annotation-${label.toLowerCase().replace(/[^a-z0-9]/g, "")}`;

/**
 * The filing's annotations: highlights painted with the CSS Custom Highlight API (no change
 * to the server-rendered text, so adding one costs one Range, not a re-render), a popover to
 * annotate the current selection, and the list of notes with their threads.
 */
export function AnnotationsPanel({
  filingSlug,
  signedIn,
  initialOpenId,
  sharedSelection,
  workspaces,
  liveAfter,
}: {
  filingSlug: string;
  /** The last live event when the page was rendered: the feed continues from there. */
  liveAfter: string;
  /** The user's workspaces, to share a new note with. */
  workspaces: Array<{ id: string; name: string }>;
  signedIn: boolean;
  /** From a share link (/a/<id>): the note to open and scroll to. */
  initialOpenId: string | null;
  /** From a selection link: where its quote was found, or "missing". */
  sharedSelection: { start: number; end: number } | "missing" | null;
}) {
  const [openId, setOpenId] = useState<string | null>(initialOpenId);
  const openIdNow = useRef(openId);
  useEffect(() => {
    openIdNow.current = openId;
  }, [openId]);
  const router = useRouter();

  // The notes as this page now knows them. The page is sent without them (the filing's text
  // paints first, and the same page serves every reader); they are read after the first
  // paint as summaries, then patched by this page's own saves (each returns the note as
  // saved) and by colleagues' changes (each note fetched alone): the page is not rendered
  // again for either.
  const [notes, setNotes] = useState<ReaderAnnotation[]>([]);
  const [status, setStatus] = useState<"loading" | "ready" | "failed">(signedIn ? "loading" : "ready");
  /** Whether the list has been read once: the live feed follows from then on. */
  const [following, setFollowing] = useState(false);
  const applyNoteList = useCallback(
    (list: ReaderAnnotation[] | "signed-out" | "failed") => {
      // Signed out meanwhile (elsewhere): show the page as it now is.
      if (list === "signed-out") return router.refresh();
      if (list === "failed") return setStatus((now) => (now === "ready" ? now : "failed"));
      setNotes((current) => {
        // Summaries: an open card keeps the thread it has read.
        const open = current.find((note) => note.id === openIdNow.current && note.full);
        return open ? list.map((note) => (note.id === open.id && !note.full ? open : note)) : list;
      });
      setStatus("ready");
      setFollowing(true);
    },
    [router],
  );
  const loadNotes = useCallback(
    () => fetchNoteList(filingSlug).then(applyNoteList),
    [filingSlug, applyNoteList],
  );
  useEffect(() => {
    if (!signedIn) return;
    void fetchNoteList(filingSlug).then(applyNoteList);
    // A signed-in reader is likely to annotate: have the note form's code ready by then.
    const warm = window.setTimeout(() => void import("./annotate-selection"), 1_000);
    return () => window.clearTimeout(warm);
  }, [signedIn, filingSlug, applyNoteList]);

  /** Live events still to come for this page's own saves, by note id: echoes, not news. */
  const echoes = useRef(new Map<string, number>());
  const changes = useMemo<NoteChanges>(
    () => ({
      expect: (id) => void echoes.current.set(id, (echoes.current.get(id) ?? 0) + 1),
      forget: (id) => {
        const left = (echoes.current.get(id) ?? 0) - 1;
        if (left > 0) echoes.current.set(id, left);
        else echoes.current.delete(id);
      },
      saved: (note) => {
        if (note) setNotes((list) => upsertReaderAnnotation(list, note));
        else void loadNotes();
      },
      removed: (id) => setNotes((list) => list.filter((note) => note.id !== id)),
    }),
    [loadNotes],
  );
  /**
   * Reads one note whole (with its thread) as this user may see it, and puts it in place;
   * "gone" when it was deleted or is no longer visible to them (it is taken out).
   */
  const loadNote = useCallback(
    (id: string): Promise<"ok" | "gone" | "failed"> =>
      fetchNote(filingSlug, id).then((note) => {
        if (note === "failed") return note;
        if (note === "gone") setNotes((list) => list.filter((listed) => listed.id !== id));
        else setNotes((list) => upsertReaderAnnotation(list, note));
        return note === "gone" ? "gone" : "ok";
      }),
    [filingSlug],
  );
  const knownIds = useRef(new Set<string>());
  useEffect(() => {
    knownIds.current = new Set(notes.map((note) => note.id));
  }, [notes]);

  // Colleagues' changes arrive over Server-Sent Events, naming the note: it is fetched alone,
  // with the same permission checks as the list (404: deleted, or no longer visible). The feed
  // starts from the page's render, before the list was read: a change the list already has
  // is fetched again, which changes nothing.
  useEffect(() => {
    if (!signedIn || !following || typeof EventSource === "undefined") return;
    const source = new EventSource(
      `/api/filings/${encodeURIComponent(filingSlug)}/events?after=${liveAfter}`,
    );
    let timer: number | undefined;
    const reload = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void loadNotes(), 100);
    };
    const follow = (id: string) => loadNote(id).then((result) => result === "failed" && reload());
    source.addEventListener("change", (event) => {
      let change: { kind?: string; annotationId?: string };
      try {
        change = JSON.parse((event as MessageEvent<string>).data) as typeof change;
      } catch {
        return reload();
      }
      const id = change.annotationId;
      if (!id) return reload();
      if (echoes.current.has(id)) return changes.forget(id);
      // A note this page created is in its list already (its save answered with it).
      if (change.kind === "annotation.created" && knownIds.current.has(id)) return;
      void follow(id);
    });
    // Too far behind to replay: read the notes afresh.
    source.addEventListener("reload", reload);
    // The session ended (signed out elsewhere): stop following, and show the page as it is now.
    source.addEventListener("signed-out", () => {
      source.close();
      router.refresh();
    });
    return () => {
      window.clearTimeout(timer);
      source.close();
    };
  }, [filingSlug, liveAfter, signedIn, following, router, changes, loadNote, loadNotes]);

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
  const [draft, setDraft] = useState<Draft | null>(null);
  const [filter, setFilter] = useState<string>("all");
  const [listLength, setListLength] = useState(NOTES_PAGE);
  const anchored = useMemo(() => notes.filter((a) => a.anchor.status === "anchored"), [notes]);
  const orphans = useMemo(() => notes.filter((a) => a.anchor.status === "orphan"), [notes]);
  // The outline's counts, the minimap and the header's count follow this list.
  useEffect(() => {
    publishNotePositions(
      filingSlug,
      anchored.flatMap((a) =>
        a.anchor.status === "anchored" ? [{ id: a.id, start: a.anchor.start, colour: a.colour }] : [],
      ),
      notes.length,
    );
  }, [filingSlug, anchored, notes.length]);

  // Paint the highlights (incrementally: see HighlightPainter); the open one also gets an outline.
  const painter = useRef<HighlightPainter | null>(null);
  useEffect(() => {
    if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const root = document.querySelector(".filing-text");
    if (!root) return;
    painter.current ??= new HighlightPainter();
    painter.current.paint(
      root,
      anchored.flatMap((annotation) =>
        annotation.anchor.status === "anchored"
          ? [
              {
                id: annotation.id,
                start: annotation.anchor.start,
                end: annotation.anchor.end,
                name: highlightName(annotation.label),
              },
            ]
          : [],
      ),
    );
  }, [anchored]);
  useEffect(() => () => painter.current?.dispose(), []);
  useEffect(() => {
    if (typeof CSS === "undefined" || !("highlights" in CSS) || !painter.current) return;
    CSS.highlights.set("annotation-active", new Highlight(...painter.current.rangesOf(openId)));
    return () => void CSS.highlights.delete("annotation-active");
  }, [anchored, openId]);

  const reveal = useCallback(
    (annotation: ReaderAnnotation) => {
      openNote(annotation.id);
      scrollToAnnotation(annotation);
    },
    [openNote],
  );

  // A selection link's passage: highlighted and scrolled into view once.
  useEffect(() => {
    if (!sharedSelection || sharedSelection === "missing") return;
    const root = document.querySelector(".filing-text");
    if (!root || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const ranges = offsetsToRanges(root, sharedSelection.start, sharedSelection.end);
    CSS.highlights.set("shared-selection", new Highlight(...ranges));
    ranges[0]?.startContainer.parentElement?.closest(".reader-block")?.scrollIntoView({ block: "center" });
    return () => void CSS.highlights.delete("shared-selection");
  }, [sharedSelection]);

  // While the popover is open the passage stays visibly selected, though focus moves into
  // the note field (which clears the browser's own selection highlight).
  useEffect(() => {
    if (!draft) return;
    const root = document.querySelector(".filing-text");
    if (!root || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const ranges = offsetsToRanges(root, draft.start, draft.end);
    CSS.highlights.set("annotation-draft", new Highlight(...ranges));
    return () => void CSS.highlights.delete("annotation-draft");
  }, [draft]);

  // A share link's note: once the notes are here, scroll to its passage.
  const revealedInitial = useRef(false);
  useEffect(() => {
    if (revealedInitial.current || !initialOpenId || status !== "ready") return;
    revealedInitial.current = true;
    const annotation = notes.find((a) => a.id === initialOpenId);
    if (annotation) scrollToAnnotation(annotation);
  }, [initialOpenId, status, notes]);

  // Offer to annotate a selection inside the filing text (mouse, touch or keyboard).
  useEffect(() => {
    const update = () => {
      const selection = document.getSelection();
      const range = selection ? selectionToRange(selection) : null;
      if (!range || !selection) return setDraft(null);
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setDraft({
        ...range,
        ...quoteContext(range.start, range.end),
        top: Math.min(rect.bottom + 8, window.innerHeight - 320),
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 340)),
      });
    };
    const onPointerUp = (event: Event) => {
      // Clicks in the popover, or on a control that opens it, are not selections.
      if ((event.target as HTMLElement | null)?.closest("[data-annotation-popover], [data-annotate-risk]"))
        return;
      window.setTimeout(update, 0);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement | null)?.closest("[data-annotation-popover]")) return;
      if (event.shiftKey || event.key.startsWith("Arrow")) update();
    };
    // Phones adjust a selection with handles, which fire only selectionchange: offer to
    // annotate once it has settled, unless a button is still down or the popover has focus.
    let pointerDown = false;
    let settle: number | undefined;
    const onPointerDown = () => void (pointerDown = true);
    const onPointerRelease = () => void (pointerDown = false);
    const onSelectionChange = () => {
      window.clearTimeout(settle);
      settle = window.setTimeout(() => {
        const selection = document.getSelection();
        if (pointerDown || !selection || selection.isCollapsed) return;
        if (document.activeElement?.closest("[data-annotation-popover]")) return;
        update();
      }, SELECTION_SETTLE_MS);
    };
    const listeners = [
      ["mouseup", onPointerUp],
      ["touchend", onPointerUp],
      ["keyup", onKeyUp],
      ["pointerdown", onPointerDown],
      ["pointerup", onPointerRelease],
      ["pointercancel", onPointerRelease],
      ["selectionchange", onSelectionChange],
    ] as const;
    for (const [type, listener] of listeners) document.addEventListener(type, listener as EventListener);
    return () => {
      window.clearTimeout(settle);
      for (const [type, listener] of listeners) document.removeEventListener(type, listener as EventListener);
    };
  }, []);

  // "Annotate this risk factor" buttons, and "n" on a focused figure, open the popover on them.
  useEffect(() => {
    if (!signedIn) return;
    const open = (element: HTMLElement, start: number, end: number) => {
      const rect = element.getBoundingClientRect();
      setDraft({
        start,
        end,
        ...quoteContext(start, end),
        top: Math.min(rect.bottom + 8, window.innerHeight - 320),
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 340)),
      });
    };
    const onClick = (event: MouseEvent) => {
      const button = (event.target as HTMLElement | null)?.closest<HTMLElement>("[data-annotate-risk]");
      if (!button) return;
      const title = button.closest<HTMLElement>(".risk-title")?.querySelector<HTMLElement>(".block-text");
      if (!title) return;
      const start = Number(title.dataset.start);
      open(title, start, start + (title.textContent ?? "").length);
    };
    const onKey = (event: KeyboardEvent) => {
      const figure = event.target as HTMLElement | null;
      if (event.key !== "n" || !figure?.classList.contains("figure") || !figure.id.startsWith("f-")) return;
      event.preventDefault();
      const start = Number(figure.id.slice(2));
      open(figure, start, start + (figure.textContent ?? "").length);
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
    };
  }, [signedIn]);

  // Clicking a highlight opens its thread.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (document.getSelection()?.isCollapsed === false) return;
      const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
      if (!caret) return;
      const offset = pointToOffset(caret.offsetNode, caret.offset);
      if (offset === null) return;
      const hit = anchored.filter(
        (a) => a.anchor.status === "anchored" && a.anchor.start <= offset && offset < a.anchor.end,
      );
      if (hit.length === 0) return;
      // Overlapping highlights: each click moves to the next one under the pointer.
      const index = hit.findIndex((a) => a.id === openId);
      const next = hit[(index + 1) % hit.length]!;
      openNote(next.id);
      document.getElementById(`annotation-${next.id}`)?.scrollIntoView({ block: "nearest" });
    };
    document.querySelector(".filing-text")?.addEventListener("click", onClick as EventListener);
    return () =>
      document.querySelector(".filing-text")?.removeEventListener("click", onClick as EventListener);
  }, [anchored, openId, openNote]);

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

  return (
    <NoteChangesContext.Provider value={changes}>
      <section
        aria-labelledby="annotations-title"
        aria-busy={status === "loading"}
        className="space-y-3 text-sm"
      >
        <div className="flex items-center justify-between gap-2">
          <h2 id="annotations-title" className="font-semibold">
            Notes <span className="font-normal text-stone-600 dark:text-stone-400">({notes.length})</span>
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
            <button
              type="button"
              className="font-medium underline"
              onClick={() => {
                setStatus("loading");
                void loadNotes();
              }}
            >
              Try again
            </button>
          </p>
        )}
        {signedIn && status === "ready" && notes.length === 0 && (
          <p className="text-stone-600 dark:text-stone-400">No notes yet. Select a passage to annotate it.</p>
        )}
        <ol className="space-y-2">
          {shown.map((annotation) => (
            <AnnotationCard
              key={annotation.id}
              annotation={annotation}
              open={annotation.id === openId}
              onOpen={() => (annotation.id === openId ? setOpenId(null) : reveal(annotation))}
              threadFailed={annotation.id === threadFailed}
              onRetry={() => openNote(annotation.id)}
            />
          ))}
        </ol>
        {more > 0 && <ShowMoreNotes more={more} onMore={() => setListLength(shown.length + NOTES_PAGE)} />}
        {orphans.length > 0 && (
          <div className="space-y-2">
            <h3 className="font-semibold text-amber-800 dark:text-amber-300">Orphaned ({orphans.length})</h3>
            <p className="text-xs text-stone-600 dark:text-stone-400">
              The filing&apos;s text changed and these passages could not be found again. Their notes and
              threads are kept.
            </p>
            <ol aria-label="Orphaned notes" className="space-y-2">
              {orphans.map((annotation) => (
                <AnnotationCard
                  key={annotation.id}
                  annotation={annotation}
                  open={annotation.id === openId}
                  onOpen={() => (annotation.id === openId ? setOpenId(null) : openNote(annotation.id))}
                  threadFailed={annotation.id === threadFailed}
                  onRetry={() => openNote(annotation.id)}
                />
              ))}
            </ol>
          </div>
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
    </NoteChangesContext.Provider>
  );
}

function AnnotationCard({
  annotation,
  open,
  onOpen,
  threadFailed,
  onRetry,
}: {
  annotation: ReaderAnnotation;
  open: boolean;
  onOpen: () => void;
  /** Its thread could not be read (it is read when the card opens). */
  threadFailed: boolean;
  onRetry: () => void;
}) {
  const replies = annotation.replyCount;
  // A summary of a note whose passage is unchanged leaves its quote out: it is the page's text.
  const quote = useMemo(() => {
    if (annotation.exact || annotation.anchor.status !== "anchored") return annotation.exact;
    const root = document.querySelector(".filing-text");
    return root ? textBetween(root, annotation.anchor.start, annotation.anchor.end) : "";
  }, [annotation.exact, annotation.anchor]);
  return (
    <li
      id={`annotation-${annotation.id}`}
      className="rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900"
      style={{ borderLeft: `4px solid ${annotation.colour}` }}
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

/** A signed-out reader's popover: a link to the selection, to send a colleague. */
function ShareSelection({ filingSlug, draft }: { filingSlug: string; draft: Draft }) {
  useEffect(() => liftPassageAboveSheet(draft), [draft]);
  const link = () => selectionLink(filingSlug, draft.exact, draft.prefix, draft.suffix);
  return (
    <div
      data-annotation-popover
      role="dialog"
      aria-label="Share the selection"
      className={`${POPOVER_PLACEMENT} w-72 space-y-2 rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-xl dark:border-stone-700 dark:bg-stone-900`}
      style={popoverPosition(draft)}
    >
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <CopyButton
          label="Copy link to selection"
          copiedMessage="Link copied"
          text={link}
          className="rounded-md border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-700"
        />
      </p>
    </div>
  );
}

/** Where the annotate form will be while its code loads (the first selection only). */
function PopoverLoading({ draft }: { draft: Draft }) {
  useEffect(() => liftPassageAboveSheet(draft), [draft]);
  return (
    <div
      data-annotation-popover
      role="status"
      className={`${POPOVER_PLACEMENT} w-80 rounded-lg border border-stone-200 bg-white p-3 text-sm text-stone-600 shadow-xl dark:border-stone-700 dark:bg-stone-900 dark:text-stone-400`}
      style={popoverPosition(draft)}
    >
      Opening the note form…
    </div>
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
