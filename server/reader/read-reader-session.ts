import "server-only";
import { toReaderAnnotations } from "@/lib/annotations/reader-annotation";
import { mayReplaceFilingText } from "@/lib/filing/import-request";
import { pickPreviousFiling } from "@/lib/filing/report-period";
import { UNREAD_COUNTED_UP_TO, unreadForYou } from "@/lib/notify/unread-for-you";
import { viewerFromMemberships } from "@/lib/permissions/annotation-access";
import { assessFilingDeletion } from "@/lib/permissions/filing-access";
import type { SignedInReaderSession } from "@/lib/reader/reader-session";
import { accessEpoch } from "@/server/access-epoch";
import { getFilingBody } from "@/server/data/get-filing-body";
import { readReaderStart } from "@/server/data/read-reader-start";
import { viewerMemory } from "@/server/viewer-memory";

/**
 * What a signed-in reader's page learns after its first paint, from one query
 * (readReaderStart): their workspaces, the live feed's starting point, whether they follow the
 * filing, its notes they may see (as summaries, anchored in the current text, which comes from
 * the process's cache), their unread "For you" counts, whether they may correct the filing's
 * details and whether (and with what) they may delete it, and last year's report, whose notes
 * are carried. Null when there is no such filing. The viewer read is kept for a moment: the
 * live feed the page opens next needs it too.
 */
export async function readReaderSession(options: {
  slug: string;
  userId: string;
  userName: string;
}): Promise<SignedInReaderSession | null> {
  const since = accessEpoch();
  const start = await readReaderStart({
    slug: options.slug,
    userId: options.userId,
    unreadUpTo: UNREAD_COUNTED_UP_TO,
  });
  if (!start) return null;
  const { filing, workspaces } = start;
  const viewer = viewerFromMemberships(
    options.userId,
    workspaces.map((workspace) => ({ workspaceId: workspace.id, role: workspace.role })),
  );
  viewerMemory.keep(options.userId, viewer, since);
  const body = await getFilingBody({ id: filing.id, updatedAt: filing.updatedAt });
  if (!body) return null;
  const deletion = assessFilingDeletion(viewer, filing, start.noteGroups);
  const workspaceName = new Map(workspaces.map((workspace) => [workspace.id, workspace.name]));
  const previous = pickPreviousFiling(filing, start.sameCompany);
  return {
    user: { name: options.userName },
    workspaces: workspaces.map((workspace) => ({ id: workspace.id, name: workspace.name })),
    liveAfter: start.liveAfter.toString(),
    following: start.following,
    // Summaries: no note's audience is shown, so the workspaces' members are not read.
    notes: toReaderAnnotations({
      text: body.canonicalText,
      textHash: filing.textHash,
      annotations: start.notes,
      viewer,
      workspaces: [],
    }),
    unread: unreadForYou(start.unread, UNREAD_COUNTED_UP_TO),
    previousReport: previous ? { slug: previous.slug } : null,
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
