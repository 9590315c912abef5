import "server-only";
import { readerRiskFactor, riskGroupCounts, type ReaderRiskFactor } from "@/lib/reader/reader-risk-factor";
import { parseReaderQuery, type ReaderQuery, type ReaderSearchParams } from "@/lib/reader/reader-query";
import { getFiling, type FilingWithAnalysis } from "@/server/data/get-filing";
import { readFilingFactsView, type FilingFactsView } from "./read-filing-facts-view";

/** Everything the reader page shows of one filing, for this URL (the same for every reader). */
export interface ReaderView {
  filing: FilingWithAnalysis;
  riskFactors: ReaderRiskFactor[];
  /** Risk factors per group, largest first (the chart and the category toggles). */
  groupCounts: ReturnType<typeof riskGroupCounts>;
  /** Its inline XBRL facts: figures marked with them, checks, key financials. */
  facts: FilingFactsView;
  query: ReaderQuery;
}

/**
 * Builds the reader page's view of a filing: the filing with its analysis, its risk factors as
 * the reader shows them, its inline XBRL facts and what the URL asks for. Nothing of the user's:
 * that is read after the page paints (server/reader/read-reader-session.ts). Null when there is
 * no such filing.
 */
export async function readReaderView(options: {
  slug: string;
  query: ReaderSearchParams;
}): Promise<ReaderView | null> {
  const filing = await getFiling({ slug: options.slug });
  if (!filing) return null;
  const riskFactors = filing.riskFactors.map(readerRiskFactor);
  const facts = await readFilingFactsView({ filing });
  return {
    filing,
    riskFactors,
    groupCounts: riskGroupCounts(riskFactors),
    facts,
    query: parseReaderQuery(options.query, filing.canonicalText),
  };
}
