import "server-only";
import type { ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import { readReaderNotes } from "./read-reader-notes";

/** One note as the reader now shows it to this user, whole: what a save answers with (null if gone). */
export async function readSavedNote(options: {
  filingSlug: string;
  userId: string;
  annotationId: string;
}): Promise<ReaderAnnotation | null> {
  const [note] =
    (await readReaderNotes({
      filingSlug: options.filingSlug,
      userId: options.userId,
      annotationIds: [options.annotationId],
    })) ?? [];
  return note ?? null;
}
