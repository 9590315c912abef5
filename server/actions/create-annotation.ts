"use server";

import type { ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import type { ActionState } from "@/lib/action-state";
import { createAnnotationSchema } from "@/lib/annotations/schemas";
import { getViewer } from "@/server/data/get-viewer";
import { createNote } from "@/server/notes/create-note";
import { readSavedNote } from "@/server/notes/read-saved-note";
import { userAction } from "@/server/user-action";

/**
 * Annotates a range of a filing (see createNote: selectors taken on the server from the stored
 * text). Returns the note as the reader shows it, so the page adds it without being rendered again.
 */
export const createAnnotation = userAction(
  { schema: createAnnotationSchema, signedOut: "Sign in to annotate." },
  async (input, user): Promise<ActionState<{ id: string; annotation: ReaderAnnotation | null }>> => {
    const created = await createNote({
      viewer: await getViewer({ userId: user.id }),
      filingSlug: input.filingSlug,
      target: { kind: "range", start: input.start, end: input.end },
      workspaceId: input.visibility === "private" ? null : input.visibility,
      label: input.label,
      note: input.note,
      tags: input.tags,
    });
    const annotation = await readSavedNote({
      filingSlug: created.filingSlug,
      userId: user.id,
      annotationId: created.id,
    });
    return { ok: true, data: { id: created.id, annotation } };
  },
);
