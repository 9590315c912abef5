"use server";

import { failed } from "@/lib/action-state";
import { editAnnotationSchema } from "@/lib/annotations/schemas";
import { canEditAnnotation } from "@/lib/permissions/annotation-access";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";
import { updateAnnotationNote } from "@/server/data/update-annotation-note";
import { mentionsInNote } from "@/server/notes/mentions-in-note";
import { readSavedNote } from "@/server/notes/read-saved-note";
import { userAction } from "@/server/user-action";

/**
 * The author edits their note. An edit made from an older version is refused with the newer
 * note to compare (a conflict), never written over it. Returns the note as the reader now shows it.
 */
export const editAnnotation = userAction(
  { schema: editAnnotationSchema, signedOut: "Sign in first." },
  async (input, user) => {
    const viewer = await getViewer({ userId: user.id });
    const annotation = await getAnnotation({ id: input.id, viewer });
    if (!annotation) return failed("That note does not exist or is not available to you.");
    if (!canEditAnnotation(viewer, annotation)) return failed("Only its author can edit a note.");
    const result = await updateAnnotationNote({
      id: annotation.id,
      authorId: user.id,
      expectedVersion: input.version,
      note: input.note,
      label: input.label,
      tags: input.tags,
      mentionedUserIds: await mentionsInNote({
        note: input.note,
        authorId: user.id,
        workspaceId: annotation.workspaceId,
      }),
    });
    if (result.status === "not-found") return failed("That note no longer exists.");
    if (result.status === "conflict")
      return failed(
        "This note was changed since you opened it (in another tab or window). Its newer text is shown below; reload to edit it.",
        { note: [result.note] },
      );
    const saved = await readSavedNote({
      filingSlug: annotation.filing.slug,
      userId: user.id,
      annotationId: annotation.id,
    });
    return { ok: true, data: { annotation: saved } };
  },
);
