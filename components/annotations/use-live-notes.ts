"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { upsertReaderAnnotation } from "@/lib/annotations/reader-annotation-list";
import { takeLiveFeed } from "./live-feed-source";
import type { NoteChanges, PendingPassage } from "./note-changes";
import type { ReaderAnnotation } from "./types";

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

/**
 * The notes of a filing as this page knows them, kept current: `initialNotes` came with the
 * reader's start after the page painted (read again on a reload); patched by this page's own
 * saves (`changes`) and by colleagues' changes from the live feed. `openId` is the open card's
 * note, whose thread a re-read of the list keeps.
 */
export function useLiveNotes({
  filingSlug,
  signedIn,
  liveAfter,
  initialNotes,
  openId,
}: {
  filingSlug: string;
  signedIn: boolean;
  liveAfter: string;
  initialNotes: ReaderAnnotation[];
  openId: string | null;
}) {
  const router = useRouter();
  // Read when a list arrives, not a reason to read it again.
  const openIdNow = useRef(openId);
  useEffect(() => {
    openIdNow.current = openId;
  }, [openId]);
  // The notes as this page now knows them. The page is sent without them (the filing's text
  // paints first, and the same page serves every reader); they come with the reader's start
  // after the first paint as summaries, then are patched by this page's own saves (each
  // returns the note as saved) and by colleagues' changes (each note fetched alone): the page
  // is not rendered again for either.
  const [notes, setNotes] = useState<ReaderAnnotation[]>(initialNotes);
  const [status, setStatus] = useState<"loading" | "ready" | "failed">("ready");
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
    },
    [router],
  );
  const loadNotes = useCallback(
    () => fetchNoteList(filingSlug).then(applyNoteList),
    [filingSlug, applyNoteList],
  );
  // A later start (the filing changed: its session is read again) brings its notes afresh.
  const firstNotes = useRef(initialNotes);
  useEffect(() => {
    if (initialNotes !== firstNotes.current) applyNoteList(initialNotes);
  }, [initialNotes, applyNoteList]);

  /** Live events still to come for this page's own saves, by note id: echoes, not news. */
  const echoes = useRef(new Map<string, number>());
  const [pending, setPending] = useState<PendingPassage[]>([]);
  const pendingCount = useRef(0);
  const changes = useMemo<NoteChanges>(
    () => ({
      pending: (passage) => {
        const id = `pending:${++pendingCount.current}`;
        setPending((list) => [...list, { ...passage, id }]);
        return () => setPending((list) => list.filter((listed) => listed.id !== id));
      },
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
  // starts where the notes were read (the same query told both), so nothing between is missed.
  useEffect(() => {
    if (!signedIn || typeof EventSource === "undefined") return;
    // Opened with the reader's start (openLiveFeed): what it said meanwhile is replayed here.
    const { source, held } = takeLiveFeed(filingSlug, liveAfter);
    let timer: number | undefined;
    const reload = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void loadNotes(), 100);
    };
    const follow = (id: string) => loadNote(id).then((result) => result === "failed" && reload());
    const onChange = (event: MessageEvent<string>) => {
      let change: { kind?: string; annotationId?: string };
      try {
        change = JSON.parse(event.data) as typeof change;
      } catch {
        return reload();
      }
      const id = change.annotationId;
      if (!id) return reload();
      if (echoes.current.has(id)) return changes.forget(id);
      // A note this page created is in its list already (its save answered with it).
      if (change.kind === "annotation.created" && knownIds.current.has(id)) return;
      void follow(id);
    };
    const onSignedOut = () => {
      source.close();
      router.refresh();
    };
    const handlers: Record<string, (event: MessageEvent<string>) => void> = {
      change: onChange,
      // Too far behind to replay: read the notes afresh.
      reload,
      // The session ended (signed out elsewhere): stop following, and show the page as it is now.
      "signed-out": onSignedOut,
    };
    for (const [type, handler] of Object.entries(handlers))
      source.addEventListener(type, handler as EventListener);
    for (const event of held) handlers[event.type]?.(event);
    return () => {
      window.clearTimeout(timer);
      source.close();
    };
  }, [filingSlug, liveAfter, signedIn, router, changes, loadNote, loadNotes]);

  /** Reads the list again after a failed read ("Try again"). */
  const retry = useCallback(() => {
    setStatus("loading");
    void loadNotes();
  }, [loadNotes]);
  return { notes, pending, status, changes, loadNote, retry };
}
