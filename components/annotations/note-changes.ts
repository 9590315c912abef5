"use client";

import { createContext, useContext } from "react";
import type { ReaderAnnotation } from "./types";

/** A passage being annotated, painted before the server has answered (see NoteChanges.pending). */
export interface PendingPassage {
  id: string;
  start: number;
  end: number;
  label: string;
}

/**
 * How the parts of the notes panel tell it what a save did, so the panel shows the result
 * without the page being rendered again (see AnnotationsPanel).
 */
export interface NoteChanges {
  /**
   * A note on this passage is being saved: its highlight is painted now, before the server
   * answers. Returns what takes it away again: call it when the answer is in (the saved note
   * replaces it in the same render) or the save failed.
   */
  pending(passage: Omit<PendingPassage, "id">): () => void;
  /**
   * A change to note `id` is about to be saved: the live feed's event for it is this page's
   * own echo, not news. Call before saving; `forget` it if the save fails.
   */
  expect(id: string): void;
  forget(id: string): void;
  /** The note as the save left it (null: re-read the page). */
  saved(note: ReaderAnnotation | null): void;
  /** The note was deleted. */
  removed(id: string): void;
}

export const NoteChangesContext = createContext<NoteChanges>({
  pending: () => () => {},
  expect: () => {},
  forget: () => {},
  saved: () => {},
  removed: () => {},
});

/** The notes panel's NoteChanges. */
export function useNoteChanges(): NoteChanges {
  return useContext(NoteChangesContext);
}
