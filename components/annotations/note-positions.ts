"use client";

import { useSyncExternalStore } from "react";

/** Where one of the reader's notes starts in the filing's text, with its label colour. */
export interface NotePosition {
  id: string;
  start: number;
  colour: string;
}

/**
 * The notes panel's current notes, for the parts of the page the server rendered around them
 * (the outline's counts, the minimap's marks, the header's count): a save updates the panel
 * without rendering the page again, and these follow. Keyed by filing, so a page of another
 * filing never shows this one's.
 */
let current: { filingSlug: string; positions: NotePosition[]; total: number } | null = null;
const listeners = new Set<() => void>();

/** Called by the notes panel whenever its notes change. */
export function publishNotePositions(filingSlug: string, positions: NotePosition[], total: number): void {
  current = { filingSlug, positions, total };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The anchored notes' positions on `filingSlug` as published; null until the panel publishes. */
export function usePublishedNotePositions(filingSlug: string): NotePosition[] | null {
  return useSyncExternalStore(
    subscribe,
    () => (current?.filingSlug === filingSlug ? current.positions : null),
    () => null,
  );
}

/** How many notes (anchored or not) the reader sees on `filingSlug`: null until they are read. */
export function useNoteTotal(filingSlug: string): number | null {
  return useSyncExternalStore(
    subscribe,
    () => (current?.filingSlug === filingSlug ? current.total : null),
    () => null,
  );
}
