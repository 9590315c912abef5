import "server-only";
import { mayReplaceFilingText } from "@/lib/filing/import-request";
import { viewerOf } from "@/lib/permissions/annotation-access";
import { assessFilingDeletion, couldCurateFiling } from "@/lib/permissions/filing-access";
import type { SignedInReaderSession } from "@/lib/reader/reader-session";
import { countFilingNotes } from "@/server/data/count-filing-notes";
import { getFilingSummary } from "@/server/data/get-filing-summary";
import { getLatestLiveEventId } from "@/server/data/get-latest-live-event-id";
import { listUserWorkspaces } from "@/server/data/list-user-workspaces";

/**
 * What a signed-in reader may do on a filing, and what its notes panel starts from: their
 * workspaces, the live feed's starting point, whether they may correct the filing's details
 * and whether (and with what) they may delete it. Null when there is no such filing.
 */
export async function readReaderSession(options: {
  slug: string;
  userId: string;
  userName: string;
}): Promise<SignedInReaderSession | null> {
  // Its importer is all it needs of the filing: no text or analysis is read.
  const filing = await getFilingSummary({ slug: options.slug });
  if (!filing) return null;
  const [workspaces, liveAfter] = await Promise.all([
    listUserWorkspaces({ userId: options.userId }),
    getLatestLiveEventId({ filingId: filing.id }),
  ]);
  const viewer = viewerOf(options.userId, workspaces);
  // Counting the filing's notes is only worth a query for someone who could curate it.
  const notes = couldCurateFiling(viewer, filing) ? await countFilingNotes({ filingId: filing.id }) : [];
  const deletion = assessFilingDeletion(viewer, filing, notes);
  const workspaceName = new Map(workspaces.map((workspace) => [workspace.id, workspace.name]));
  return {
    user: { name: options.userName },
    workspaces: workspaces.map((workspace) => ({ id: workspace.id, name: workspace.name })),
    liveAfter: liveAfter.toString(),
    mayEditDetails: mayReplaceFilingText(filing, options.userId),
    deletion: {
      allowed: deletion.allowed,
      yours: deletion.yours,
      workspaces: deletion.inOwnedWorkspaces.map((entry) => ({
        name: workspaceName.get(entry.workspaceId) ?? "a workspace",
        count: entry.count,
      })),
      others: deletion.others,
    },
  };
}
