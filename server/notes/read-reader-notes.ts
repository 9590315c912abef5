import "server-only";
import { toReaderAnnotations, type ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import { viewerOf } from "@/lib/permissions/annotation-access";
import { getFilingText } from "@/server/data/get-filing-text";
import { listFilingAnnotations } from "@/server/data/list-filing-annotations";
import { listFilingNoteSummaries } from "@/server/data/list-filing-note-summaries";
import { listUserWorkspaces } from "@/server/data/list-user-workspaces";

/**
 * Notes of a filing as the reader's client shows them to this user, anchored in the filing's
 * current text; notes the user may not see are not there. With `annotationIds`, those notes
 * whole (with their threads): what a save hands back to the page and what the live feed
 * fetches for a colleague's change. Without, every note as a summary: what the reader reads
 * after its first paint. Null when there is no such filing. Three small queries; the text
 * comes from the process's cache.
 */
export async function readReaderNotes(options: {
  filingSlug: string;
  userId: string;
  annotationIds?: string[];
}): Promise<ReaderAnnotation[] | null> {
  const filing = await getFilingText({ slug: options.filingSlug });
  if (!filing) return null;
  const workspaces = await listUserWorkspaces({ userId: options.userId });
  const viewer = viewerOf(options.userId, workspaces);
  const annotations = options.annotationIds
    ? await listFilingAnnotations({ filingId: filing.id, viewer, annotationIds: options.annotationIds })
    : await listFilingNoteSummaries({ filingId: filing.id, viewer });
  return toReaderAnnotations({
    text: filing.canonicalText,
    textHash: filing.textHash,
    annotations,
    viewer,
    workspaces,
  });
}
