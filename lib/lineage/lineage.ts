import { alignRiskFactors, type RiskFactorText, type RiskPair } from "./align-risk-factors";

/** One risk factor followed through a company's annual reports, oldest first. */
export interface RiskLineage {
  /**
   * Stable as long as the filing it first appears in stays in the chain: that filing's key and
   * the risk factor's index there ("nflx-10-k-2019:4").
   */
  id: string;
  /** Each report it appears in: the report's index in the chain, the risk factor's index there, and its status against the year before. */
  appearances: Array<{ filing: number; risk: number; status: RiskPair["status"] | "first" }>;
  /** Indexes of the first and last report it appears in. */
  firstSeen: number;
  lastSeen: number;
  /** How many times it changed (reworded, split or merged) from one report to the next. */
  timesChanged: number;
  /** The lineage it split from, or merged into, when it did. */
  splitFrom?: string;
  mergedInto?: string;
}

/**
 * Follows every risk factor through a company's annual reports (oldest first, each with a key
 * such as its slug), aligning each report with the one before: a paired risk continues its
 * lineage; a split continues the older risk's lineage in its most similar part and starts new
 * ones (marked splitFrom) for the others; a merge continues the most similar older risk's and
 * ends the others (marked mergedInto); an added risk starts a lineage; a removed one ends.
 */
export function buildLineages(
  reports: ReadonlyArray<{ key: string; riskFactors: readonly RiskFactorText[] }>,
  /** The alignment of report `index` with the one before, when the caller has it already. */
  pairsWithPrevious: (index: number) => readonly RiskPair[] = (index) =>
    alignRiskFactors(reports[index - 1]!.riskFactors, reports[index]!.riskFactors),
): RiskLineage[] {
  const lineages: RiskLineage[] = [];
  const start = (filing: number, risk: number, status: RiskLineage["appearances"][number]["status"]) => {
    const lineage: RiskLineage = {
      id: `${reports[filing]!.key}:${risk}`,
      appearances: [{ filing, risk, status }],
      firstSeen: filing,
      lastSeen: filing,
      timesChanged: 0,
    };
    lineages.push(lineage);
    return lineage;
  };
  let current = new Map<number, RiskLineage>();
  reports[0]?.riskFactors.forEach((_, risk) => current.set(risk, start(0, risk, "first")));
  for (let filing = 1; filing < reports.length; filing++) {
    const pairs = pairsWithPrevious(filing);
    const next = new Map<number, RiskLineage>();
    // The most similar pair of each older risk (for splits) and of each newer risk (for merges) continues it.
    const best = (side: "old" | "new", index: number) =>
      pairs
        .filter((pair) => pair[side] === index && pair.old !== null && pair.new !== null)
        .sort((a, b) => b.similarity - a.similarity)[0];
    for (const pair of pairs) {
      if (pair.new === null || next.has(pair.new)) continue;
      if (pair.old === null) {
        next.set(pair.new, start(filing, pair.new, "first"));
        continue;
      }
      const newest = best("new", pair.new)!;
      const older = current.get(newest.old!);
      const continues = older && best("old", newest.old!) === newest;
      if (!older || !continues) {
        const lineage = start(filing, pair.new, pair.status);
        if (older && newest.status === "split") lineage.splitFrom = older.id;
        next.set(pair.new, lineage);
        continue;
      }
      older.appearances.push({ filing, risk: pair.new, status: newest.status });
      older.lastSeen = filing;
      if (newest.status === "changed" || newest.status === "split" || newest.status === "merged")
        older.timesChanged++;
      next.set(pair.new, older);
    }
    // Older risks merged into a newer one that continues another lineage end there.
    for (const pair of pairs)
      if (pair.status === "merged" && pair.old !== null && pair.new !== null) {
        const ended = current.get(pair.old);
        const into = next.get(pair.new);
        if (ended && into && ended !== into) ended.mergedInto = into.id;
      }
    current = next;
  }
  return lineages;
}
