import { blockTextAt, offsetsToRanges } from "./text-offsets";
import type { ReaderAnnotation } from "./types";

/** A note placed in the text: its id and where its passage starts. */
export interface NoteStart {
  id: string;
  start: number;
  end: number;
}

/** Where each anchored note's passage starts and ends (orphans have no place). */
export function noteStarts(notes: readonly ReaderAnnotation[]): NoteStart[] {
  return notes.flatMap((note) =>
    note.anchor.status === "anchored"
      ? [{ id: note.id, start: note.anchor.start, end: note.anchor.end }]
      : [],
  );
}

/** The measure each pass records, read by `npm run bench` and the e2e tests. */
const MEASURE_TOPS = "marginalia:margin-measure";

interface ChunkGeometry {
  top: number;
  height: number;
  start: number;
  end: number;
}

/**
 * The top of each note's passage, in pixels from the top of `frame` (the margin column, or the
 * markers' layer). A passage in a part of the text the browser has not laid out yet (a
 * `.cv-chunk` skipped by content-visibility) is placed by its share of its chunk's estimated
 * height instead of forcing the layout of the whole filing; it is measured again when the
 * chunk is laid out (see the `contentvisibilityautostatechange` listener in useHighlightTops).
 */
export function measureHighlightTops(
  root: Element,
  frame: Element,
  notes: readonly NoteStart[],
): Map<string, number> {
  const started = performance.now();
  const origin = frame.getBoundingClientRect().top;
  const chunks = new Map<Element, ChunkGeometry>();
  const tops = new Map<string, number>();
  for (const note of notes) {
    const block = blockTextAt(root, note.start);
    if (!block) continue;
    const chunk = block.closest(".cv-chunk");
    const laidOut = !chunk || block.checkVisibility({ contentVisibilityAuto: true });
    if (laidOut) {
      const range = offsetsToRanges(root, note.start, Math.min(note.end, note.start + 1))[0];
      const rect = range?.getClientRects()[0] ?? block.getBoundingClientRect();
      tops.set(note.id, rect.top - origin);
      continue;
    }
    let geometry = chunks.get(chunk);
    if (!geometry) {
      const runs = chunk.querySelectorAll<HTMLElement>(".block-text");
      const last = runs[runs.length - 1];
      const rect = chunk.getBoundingClientRect();
      geometry = {
        top: rect.top - origin,
        height: rect.height,
        start: Number(runs[0]?.dataset.start ?? note.start),
        end: last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : note.start + 1,
      };
      chunks.set(chunk, geometry);
    }
    const share = (note.start - geometry.start) / Math.max(1, geometry.end - geometry.start);
    tops.set(note.id, geometry.top + Math.min(1, Math.max(0, share)) * geometry.height);
  }
  performance.measure(MEASURE_TOPS, { start: started, end: performance.now() });
  return tops;
}
