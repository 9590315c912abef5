import "server-only";
import { mayReplaceFilingText } from "@/lib/filing/import-request";
import { viewerOf } from "@/lib/permissions/annotation-access";
import { assessFilingDeletion, couldCurateFiling } from "@/lib/permissions/filing-access";
import { readerRiskFactor, riskGroupCounts, type ReaderRiskFactor } from "@/lib/reader/reader-risk-factor";
import { parseReaderQuery, type ReaderQuery, type ReaderSearchParams } from "@/lib/reader/reader-query";
import { countFilingNotes } from "@/server/data/count-filing-notes";
import { getFiling, type FilingWithAnalysis } from "@/server/data/get-filing";
import { getLatestLiveEventId } from "@/server/data/get-latest-live-event-id";
import { listUserWorkspaces } from "@/server/data/list-user-workspaces";
import { readFilingFactsView, type FilingFactsView } from "./read-filing-facts-view";

/** What the signed-in reader may do on this filing, and what its notes panel starts from. */
interface ReaderUserView {
  workspaces: Array<{ id: string; name: string }>;
  /** The live feed's starting point: events after this id are news. */
  liveAfter: string;
  /** Its importer corrects its details and replaces its text. */
  mayEditDetails: boolean;
  /** Its curators change categories and may delete it (with what goes with it). */
  deletion: {
    allowed: boolean;
    yours: number;
    workspaces: Array<{ name: string; count: number }>;
    others: number;
  };
}

/** Everything the reader page shows of one filing, for this user and this URL. */
export interface ReaderView {
  filing: FilingWithAnalysis;
  riskFactors: ReaderRiskFactor[];
  /** Risk factors per group, largest first (the chart and the category toggles). */
  groupCounts: ReturnType<typeof riskGroupCounts>;
  /** Its inline XBRL facts: figures marked with them, checks, key financials. */
  facts: FilingFactsView;
  /** Null for a visitor who is not signed in. */
  user: ReaderUserView | null;
  query: ReaderQuery;
}

/**
 * Builds the reader page's view of a filing: the filing with its analysis, its risk factors as
 * the reader shows them, what the URL asks for, and — for a signed-in user — their workspaces,
 * the live feed's starting point and what they may do. Null when there is no such filing.
 */
export async function readReaderView(options: {
  slug: string;
  userId: string | null;
  query: ReaderSearchParams;
}): Promise<ReaderView | null> {
  const filing = await getFiling({ slug: options.slug });
  if (!filing) return null;
  const riskFactors = filing.riskFactors.map(readerRiskFactor);
  const [facts, user] = await Promise.all([
    readFilingFactsView({ filing }),
    options.userId === null ? null : readUserView(filing, options.userId),
  ]);
  return {
    filing,
    riskFactors,
    groupCounts: riskGroupCounts(riskFactors),
    facts,
    user,
    query: parseReaderQuery(options.query, filing.canonicalText),
  };
}

async function readUserView(filing: FilingWithAnalysis, userId: string): Promise<ReaderUserView> {
  const [workspaces, liveAfter] = await Promise.all([
    listUserWorkspaces({ userId }),
    getLatestLiveEventId({ filingId: filing.id }),
  ]);
  const viewer = viewerOf(userId, workspaces);
  // Counting the filing's notes is only worth a query for someone who could curate it.
  const notes = couldCurateFiling(viewer, filing) ? await countFilingNotes({ filingId: filing.id }) : [];
  const deletion = assessFilingDeletion(viewer, filing, notes);
  const workspaceName = new Map(workspaces.map((workspace) => [workspace.id, workspace.name]));
  return {
    workspaces: workspaces.map((workspace) => ({ id: workspace.id, name: workspace.name })),
    liveAfter: liveAfter.toString(),
    mayEditDetails: mayReplaceFilingText(filing, userId),
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
