"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { ANNOTATION_LABELS } from "@/lib/annotations/labels";
// Not from ./schemas: that would ship zod to the browser.
import { parseTags } from "@/lib/annotations/tags";
import { buildThread, type ThreadNode } from "@/lib/threads";
import { addComment } from "@/server/actions/add-comment";
import { changeComment } from "@/server/actions/change-comment";
import { createAnnotation } from "@/server/actions/create-annotation";
import { NoteControls } from "./note-controls";
import { HighlightPainter } from "./highlight-painter";
import { offsetsToRanges, pointToOffset, selectionToRange } from "./text-offsets";
import type { ReaderAnnotation, ReaderComment } from "./types";
import { NoteChangesContext, useNoteChanges, type NoteChanges } from "./note-changes";
import { publishNotePositions } from "./note-positions";
import { upsertReaderAnnotation } from "@/lib/annotations/reader-annotation-list";
import { PrimaryButton } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { count } from "@/lib/text/count";

interface Draft {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  top: number;
  left: number;
}

/**
 * A link that opens the filing at a quoted passage (a W3C TextQuoteSelector in the URL), found
 * again by the same anchoring as annotations even if the text has changed since.
 */
function selectionLink(filingSlug: string, exact: string, prefix: string, suffix: string): string {
  const url = new URL(`/filings/${filingSlug}`, window.location.origin);
  url.searchParams.set("quote", exact);
  if (prefix) url.searchParams.set("prefix", prefix);
  if (suffix) url.searchParams.set("suffix", suffix);
  return url.toString();
}

/** The quote and ~32 characters of context around [start, end), read from the rendered text. */
function quoteContext(start: number, end: number): { exact: string; prefix: string; suffix: string } {
  const root = document.querySelector(".filing-text");
  if (!root) return { exact: "", prefix: "", suffix: "" };
  const read = (from: number, to: number) =>
    offsetsToRanges(root, Math.max(0, from), to)
      .map((range) => range.toString())
      .join("\n\n");
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

/**
 * The annotate popover sits under the selection; on a phone it is a sheet along the bottom of
 * the screen (full width, scrolling inside when the keyboard leaves little room).
 */
const POPOVER_PLACEMENT =
  // Fixed below the selection, never past the viewport's bottom (it scrolls inside instead).
  "no-print fixed z-50 max-h-[calc(100dvh-var(--popover-top)-0.5rem)] overflow-y-auto top-(--popover-top) left-(--popover-left) " +
  "max-sm:max-h-[calc(100dvh-1rem)] max-sm:top-auto max-sm:bottom-2 max-sm:left-2 max-sm:right-2 max-sm:w-auto";
const popoverPosition = (draft: { top: number; left: number }) =>
  ({ "--popover-top": `${draft.top}px`, "--popover-left": `${draft.left}px` }) as React.CSSProperties;

/** How long a selection must stay unchanged before a phone's handle-made selection is offered. */
const SELECTION_SETTLE_MS = 400;

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
  annotations,
  signedIn,
  initialOpenId,
  sharedSelection,
  workspaces,
  liveAfter,
}: {
  filingSlug: string;
  /** The last live event the page was rendered with: the feed continues from there. */
  liveAfter: string;
  /** The user's workspaces, to share a new note with. */
  workspaces: Array<{ id: string; name: string }>;
  annotations: ReaderAnnotation[];
  signedIn: boolean;
  /** From a share link (/a/<id>): the note to open and scroll to. */
  initialOpenId: string | null;
  /** From a selection link: where its quote was found, or "missing". */
  sharedSelection: { start: number; end: number } | "missing" | null;
}) {
  const [openId, setOpenId] = useState<string | null>(initialOpenId);
  const router = useRouter();

  // The notes as this page now knows them: what the server rendered, then patched by this
  // page's own saves (each returns the note as saved) and by colleagues' changes (each note
  // fetched alone): the page is not rendered again for either. A new render (router.refresh)
  // starts again from the server's list.
  const [rendered, setRendered] = useState(annotations);
  const [notes, setNotes] = useState(annotations);
  if (rendered !== annotations) {
    setRendered(annotations);
    // The page sends summaries: an open card keeps the thread it has read.
    const open = notes.find((note) => note.id === openId && note.full);
    setNotes(
      open ? annotations.map((note) => (note.id === open.id && !note.full ? open : note)) : annotations,
    );
  }
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
        else router.refresh();
      },
      removed: (id) => setNotes((list) => list.filter((note) => note.id !== id)),
    }),
    [router],
  );
  /**
   * Reads one note whole (with its thread) as this user may see it, and puts it in place;
   * "gone" when it was deleted or is no longer visible to them (it is taken out).
   */
  const loadNote = useCallback(
    async (id: string): Promise<"ok" | "gone" | "failed"> => {
      const response = await fetch(`/api/filings/${encodeURIComponent(filingSlug)}/notes/${id}`, {
        cache: "no-store",
      }).catch(() => null);
      if (response?.ok) {
        const note = (await response.json()) as ReaderAnnotation;
        setNotes((list) => upsertReaderAnnotation(list, note));
        return "ok";
      }
      if (response?.status === 404) {
        setNotes((list) => list.filter((note) => note.id !== id));
        return "gone";
      }
      return "failed";
    },
    [filingSlug],
  );
  const knownIds = useRef(new Set<string>());
  useEffect(() => {
    knownIds.current = new Set(notes.map((note) => note.id));
  }, [notes]);

  // Colleagues' changes arrive over Server-Sent Events, naming the note: it is fetched alone,
  // with the same permission checks as the page (404: deleted, or no longer visible).
  useEffect(() => {
    if (!signedIn || typeof EventSource === "undefined") return;
    const source = new EventSource(
      `/api/filings/${encodeURIComponent(filingSlug)}/events?after=${liveAfter}`,
    );
    let timer: number | undefined;
    const refresh = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => router.refresh(), 100);
    };
    const fetchNote = async (id: string) => {
      if ((await loadNote(id)) === "failed") refresh();
    };
    source.addEventListener("change", (event) => {
      let change: { kind?: string; annotationId?: string };
      try {
        change = JSON.parse((event as MessageEvent<string>).data) as typeof change;
      } catch {
        return refresh();
      }
      const id = change.annotationId;
      if (!id) return refresh();
      if (echoes.current.has(id)) return changes.forget(id);
      // A note this page created is in its list already (its save answered with it).
      if (change.kind === "annotation.created" && knownIds.current.has(id)) return;
      void fetchNote(id);
    });
    // Too far behind to replay: read the notes afresh.
    source.addEventListener("reload", refresh);
    // The session ended (signed out elsewhere): stop following, and show the page as it is now.
    source.addEventListener("signed-out", () => {
      source.close();
      router.refresh();
    });
    return () => {
      window.clearTimeout(timer);
      source.close();
    };
  }, [filingSlug, liveAfter, signedIn, router, changes, loadNote]);

  // The page sends notes as summaries: a card's thread is read when it is opened.
  const [threadFailed, setThreadFailed] = useState<string | null>(null);
  const loadingThread = useRef<string | null>(null);
  const openNote = useCallback(
    (id: string, summary: ReaderAnnotation | undefined) => {
      setOpenId(id);
      setThreadFailed(null);
      if (!summary || summary.full || loadingThread.current === id) return;
      loadingThread.current = id;
      void loadNote(id).then((result) => {
        loadingThread.current = null;
        if (result === "failed") setThreadFailed(id);
      });
    },
    [loadNote],
  );
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
      openNote(annotation.id, annotation);
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
    // On a phone the popover is a sheet at the bottom: lift the passage above it, so the reader
    // sees what they are annotating.
    const frame = window.requestAnimationFrame(() => {
      const sheet = document.querySelector("[data-annotation-popover]")?.getBoundingClientRect();
      const passage = ranges.at(-1)?.getBoundingClientRect();
      if (!sheet || !passage || !window.matchMedia("(max-width: 639px)").matches) return;
      const overlap = passage.bottom - (sheet.top - 12);
      if (overlap > 0) window.scrollBy({ top: overlap });
    });
    return () => {
      window.cancelAnimationFrame(frame);
      CSS.highlights.delete("annotation-draft");
    };
  }, [draft]);

  // A share link's note: scroll to its passage once, with its thread open.
  const revealedInitial = useRef(false);
  useEffect(() => {
    if (revealedInitial.current || !initialOpenId) return;
    revealedInitial.current = true;
    const annotation = notes.find((a) => a.id === initialOpenId);
    if (annotation) scrollToAnnotation(annotation);
  });

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
      openNote(next.id, next);
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
      <section aria-labelledby="annotations-title" className="space-y-3 text-sm">
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
        {signedIn && notes.length === 0 && (
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
              onRetry={() => openNote(annotation.id, annotation)}
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
                  onOpen={() =>
                    annotation.id === openId ? setOpenId(null) : openNote(annotation.id, annotation)
                  }
                  threadFailed={annotation.id === threadFailed}
                  onRetry={() => openNote(annotation.id, annotation)}
                />
              ))}
            </ol>
          </div>
        )}
        {draft && (
          <AnnotateSelection
            filingSlug={filingSlug}
            signedIn={signedIn}
            workspaces={workspaces}
            draft={draft}
            onDone={(id) => {
              setDraft(null);
              document.getSelection()?.removeAllRanges();
              if (id) setOpenId(id);
            }}
          />
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
        <span className="line-clamp-2 font-serif italic text-stone-700 dark:text-stone-300">
          “{annotation.exact}”
        </span>
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
          <CopyButton label="Copy quote" copiedMessage="Quote copied" text={`“${annotation.exact}”`} />
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
          <Thread annotation={annotation} />
        ))}
    </li>
  );
}

function Thread({ annotation }: { annotation: ReaderAnnotation }) {
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

function AnnotateSelection({
  filingSlug,
  signedIn,
  workspaces,
  draft,
  onDone,
}: {
  filingSlug: string;
  signedIn: boolean;
  workspaces: Array<{ id: string; name: string }>;
  draft: Draft;
  onDone: (id: string | null) => void;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const changes = useNoteChanges();
  const formRef = useRef<HTMLFormElement>(null);
  const link = () => selectionLink(filingSlug, draft.exact, draft.prefix, draft.suffix);
  if (!signedIn)
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
        startTransition(async () => {
          const result = await createAnnotation({
            filingSlug,
            start: draft.start,
            end: draft.end,
            label: String(data.get("label")) as "Note",
            note: String(data.get("note") ?? ""),
            tags: parseTags(String(data.get("tags") ?? "")),
            visibility: String(data.get("visibility") ?? "private"),
          }).catch(() => null);
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
