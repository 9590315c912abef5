import "server-only";
import { toReaderAnnotations, type ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import { viewerOf } from "@/lib/permissions/annotation-access";
import { getFilingText } from "@/server/data/get-filing-text";
import { listFilingNoteSummaries } from "@/server/data/list-filing-note-summaries";
import { listUserWorkspaces } from "@/server/data/list-user-workspaces";

/**
 * Every note of a filing this user may see, as summaries anchored in the filing's current
 * text (threads are read when a card is opened): what the reader fetches after its first
 * paint. Null when there is no such filing. Three queries; the text comes from the process's
 * cache.
 */
export async function readReaderNoteList(options: {
  filingSlug: string;
  userId: string;
}): Promise<ReaderAnnotation[] | null> {
  const filing = await getFilingText({ slug: options.filingSlug });
  if (!filing) return null;
  const workspaces = await listUserWorkspaces({ userId: options.userId });
  const viewer = viewerOf(options.userId, workspaces);
  return toReaderAnnotations({
    text: filing.canonicalText,
    textHash: filing.textHash,
    annotations: await listFilingNoteSummaries({ filingId: filing.id, viewer }),
    viewer,
    workspaces,
  });
}
