"use server";

import type { ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import { failed, type ActionState } from "@/lib/action-state";
import { createAnnotationSchema } from "@/lib/annotations/schemas";
import { describeSelection } from "@/lib/anchoring";
import { canShareWith } from "@/lib/permissions/annotation-access";
import { createAnnotation as storeAnnotation } from "@/server/data/create-annotation";
import { mentionsInNote } from "@/server/notes/mentions-in-note";
import { getFilingText } from "@/server/data/get-filing-text";
import { getViewer } from "@/server/data/get-viewer";
import { readSavedNote } from "@/server/notes/read-saved-note";
import { userAction } from "@/server/user-action";

/**
 * Annotates a range of a filing. The selectors (quote with context, position) are taken on the
 * server from the stored canonical text, never from the browser's copy. Returns the note as the
 * reader shows it, so the page adds it without being rendered again.
 */
export const createAnnotation = userAction(
  { schema: createAnnotationSchema, signedOut: "Sign in to annotate." },
  async (input, user): Promise<ActionState<{ id: string; annotation: ReaderAnnotation | null }>> => {
    const { filingSlug, start, end, label, note, tags, visibility } = input;
    const filing = await getFilingText({ slug: filingSlug });
    if (!filing) return failed("That filing does not exist.");
    if (end > filing.canonicalText.length) return failed("The selection is outside the filing's text.");
    if (filing.canonicalText.slice(start, end).trim() === "") return failed("Select some text to annotate.");
    const viewer = await getViewer({ userId: user.id });
    if (visibility !== "private" && !canShareWith(viewer, visibility))
      return failed("You can only share with a workspace you belong to.", {
        visibility: ["Not your workspace."],
      });
    let selectors;
    try {
      selectors = describeSelection(filing.canonicalText, start, end);
    } catch {
      return failed("That selection cannot be annotated: select whole characters of the text.");
    }
    const workspaceId = visibility === "private" ? null : visibility;
    const created = await storeAnnotation({
      filingId: filing.id,
      authorId: user.id,
      workspaceId,
      mentionedUserIds: await mentionsInNote({ note, authorId: user.id, workspaceId }),
      label,
      note,
      tags,
      selector: {
        exact: selectors.quote.exact,
        prefix: selectors.quote.prefix,
        suffix: selectors.quote.suffix,
        start: selectors.position.start,
        end: selectors.position.end,
      },
      textHash: filing.textHash,
    });
    const annotation = await readSavedNote({
      filingSlug: filing.slug,
      userId: user.id,
      annotationId: created.id,
    });
    return { ok: true, data: { id: created.id, annotation: annotation } };
  },
);
