import "server-only";
import { toReaderAnnotations, type ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import { viewerOf } from "@/lib/permissions/annotation-access";
import { getFilingText } from "@/server/data/get-filing-text";
import { listFilingAnnotations } from "@/server/data/list-filing-annotations";
import { listUserWorkspaces } from "@/server/data/list-user-workspaces";

/**
 * Notes of a filing as the reader's client shows them to this user, anchored in the filing's
 * current text: what a save hands back to the page (so the page need not be rendered again),
 * and what the live feed fetches when a colleague changes a note. Notes the user may not see
 * are not there. Three small queries; the text comes from the process's cache.
 */
export async function readReaderNotes(options: {
  filingSlug: string;
  userId: string;
  annotationIds: string[];
}): Promise<ReaderAnnotation[]> {
  const filing = await getFilingText({ slug: options.filingSlug });
  if (!filing) return [];
  const workspaces = await listUserWorkspaces({ userId: options.userId });
  const viewer = viewerOf(options.userId, workspaces);
  const annotations = await listFilingAnnotations({
    filingId: filing.id,
    viewer,
    annotationIds: options.annotationIds,
  });
  return toReaderAnnotations({
    text: filing.canonicalText,
    textHash: filing.textHash,
    annotations,
    viewer,
    workspaces,
  });
}
