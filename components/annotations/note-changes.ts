"use client";

import { createContext, useContext } from "react";
import type { ReaderAnnotation } from "./types";

/**
 * How the parts of the notes panel tell it what a save did, so the panel shows the result
 * without the page being rendered again (see AnnotationsPanel).
 */
export interface NoteChanges {
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
  expect: () => {},
  forget: () => {},
  saved: () => {},
  removed: () => {},
});

/** The notes panel's NoteChanges. */
export function useNoteChanges(): NoteChanges {
  return useContext(NoteChangesContext);
}
