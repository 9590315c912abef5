import "server-only";
import { RecentlyUsed } from "@/lib/recently-used";
import type { StoredAnalysis } from "@/lib/filing/stored-analysis";
import { checkNarrativeFigures, type FactCheck } from "@/lib/xbrl/checks";
import { markFigures, markedFigureAt, type MarkedFigure } from "@/lib/xbrl/fact-marks";
import { keyFinancials, keyFinancialsHeadings, type KeyFinancialRow } from "@/lib/xbrl/reader-facts";
import { listReaderFacts } from "@/server/data/list-reader-facts";

/** What the reader shows of a filing's inline XBRL facts. */
export interface FilingFactsView {
  /** How many facts the filing has (0: none). */
  factCount: number;
  /** Where they came from: its own inline XBRL, or EDGAR's facts of the company (none without facts). */
  source: "inline" | "companyfacts" | null;
  /** The figures to mark in the text, with their facts and checks. */
  figures: MarkedFigure[];
  checks: FactCheck[];
  /** The facts panel's rows, each value's `shownAt` moved to the start of the figure showing it. */
  keyFinancials: KeyFinancialRow[];
  /** Its column headings ("FY2024" / "FY2023", "Q2 FY2023" / "Q2 FY2022"). */
  headings: ReturnType<typeof keyFinancialsHeadings>;
}

/**
 * Views of recently read filings, per process, by id and version: the facts are read and the
 * checks worked out (tens of milliseconds on a whole 10-K) once per version of a filing, not
 * per page view. Any change to the filing (a new analysis, replaced text) changes `updatedAt`.
 */
const globalForFacts = globalThis as unknown as {
  marginaliaFactViews?: RecentlyUsed<string, Promise<FilingFactsView>>;
};
const views = (globalForFacts.marginaliaFactViews ??= new RecentlyUsed(8));

/**
 * A filing's facts as the reader shows them: its figures marked with their tagged facts and
 * checks, the checks of its narrative figures, and its key financials.
 */
export async function readFilingFactsView(options: {
  filing: { id: string; updatedAt: Date; canonicalText: string; analysis: StoredAnalysis };
}): Promise<FilingFactsView> {
  const { filing } = options;
  return views.remember(
    `${filing.id}:${filing.updatedAt.getTime()}`,
    () => buildView(filing),
    (old) => old.startsWith(`${filing.id}:`),
  );
}

async function buildView(
  filing: Parameters<typeof readFilingFactsView>[0]["filing"],
): Promise<FilingFactsView> {
  const facts = await listReaderFacts({ filingId: filing.id });
  const { blocks, figures } = filing.analysis;
  if (facts.length === 0)
    return {
      factCount: 0,
      source: null,
      figures,
      checks: [],
      keyFinancials: [],
      headings: keyFinancialsHeadings([]),
    };
  const text = filing.canonicalText;
  const checks = checkNarrativeFigures({ text, blocks, figures, facts });
  const marked = markFigures({ text, figures, facts, checks });
  const link = (value: KeyFinancialRow["current"]) => {
    const shownAt = value.shownAt === undefined ? undefined : markedFigureAt(marked, value.shownAt);
    return { fact: value.fact, ...(shownAt !== undefined ? { shownAt } : {}) };
  };
  return {
    factCount: facts.length,
    source: facts.some((fact) => fact.source === "inline") ? "inline" : "companyfacts",
    figures: marked,
    checks,
    headings: keyFinancialsHeadings(facts),
    keyFinancials: keyFinancials(facts).map((row) => ({
      ...row,
      current: link(row.current),
      ...(row.prior ? { prior: link(row.prior) } : {}),
    })),
  };
}
