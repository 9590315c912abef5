import "server-only";
import { analyzeFiling } from "@/lib/filing/analyze";
import { ANALYZER_VERSION } from "@/lib/filing/version";
import { factsOfFiling } from "@/lib/xbrl/filing-facts";
import { getFilingSource } from "@/server/data/get-filing-source";
import { updateFilingAnalysis } from "@/server/data/update-filing-analysis";

/**
 * Analyses a filing again, in place, with the current analyzer (keeping its id, and so its
 * notes, re-anchored in the new text, and its category overrides). Nothing to do — and false —
 * when it is gone, has no source kept, or is already current.
 */
export async function reanalyseFiling(options: { filingId: string }): Promise<boolean> {
  const filing = await getFilingSource(options);
  if (!filing?.sourceContent || filing.analyzerVersion >= ANALYZER_VERSION) return false;
  const analysis = analyzeFiling({ content: filing.sourceContent, fileName: filing.sourceFileName });
  await updateFilingAnalysis({
    filingId: options.filingId,
    analysis,
    facts: factsOfFiling(filing.sourceContent, analysis.text),
  });
  return true;
}
