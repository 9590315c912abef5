import type { ReaderAnnotation } from "./reader-annotation";

// Apart from reader-annotation.ts so that the reader's client code, which needs only this,
// does not bundle the Markdown renderer and the fuzzy matcher that module imports.

/**
 * The list with `note` in its place (replacing the one with its id), in the reader's order:
 * by where the passage starts, then by creation; orphans (no place in the text) last.
 */
export function upsertReaderAnnotation(list: ReaderAnnotation[], note: ReaderAnnotation): ReaderAnnotation[] {
  const rest = list.filter((existing) => existing.id !== note.id);
  const position = (a: ReaderAnnotation) => (a.anchor.status === "anchored" ? a.anchor.start : Infinity);
  const at = rest.findIndex(
    (existing) =>
      position(existing) > position(note) ||
      (position(existing) === position(note) && existing.createdAt > note.createdAt),
  );
  return at < 0 ? [...rest, note] : [...rest.slice(0, at), note, ...rest.slice(at)];
}
