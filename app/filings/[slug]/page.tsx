import type { Metadata } from "next";
import { filingPageTitle } from "@/server/reader/filing-page-title";
import { notFound } from "next/navigation";
import { FilingHeading } from "@/components/reader/filing-heading";
import { FilingText } from "@/components/reader/filing-text";
import { Minimap } from "@/components/reader/minimap";
import { Outline } from "@/components/reader/outline";
import { ReaderTools } from "@/components/reader/reader-tools";
import { OutlineSpy } from "@/components/reader/outline-spy";
import { PhoneOutline } from "@/components/reader/phone-outline";
import { FigureTip } from "@/components/reader/figure-tip";
import { KeyFinancials } from "@/components/reader/key-financials";
import { ReaderControls } from "@/components/reader/reader-controls";
import { RiskCategoryChart } from "@/components/reader/risk-category-chart";
import { FIGURE_KIND_LABELS, RISK_GROUP_COLOURS } from "@/components/reader/risk-category-style";
import { RISK_CATEGORY_LABELS, RISK_GROUP_LABELS } from "@/lib/filing/risk-taxonomy";
import {
  RISK_CATEGORIES_BY_GROUP,
  RISK_GROUPS,
  type FigureKind,
  type RiskCategory,
} from "@/lib/filing/types";
import { ReaderNotes } from "@/components/annotations/reader-notes";
import { requireReaderAccess } from "@/server/auth";
import { readReaderView } from "@/server/reader/read-reader-view";
import type { ReaderSearchParams } from "@/lib/reader/reader-query";
import { filingTitle } from "@/lib/filing/format-metadata";
import { isAnnualReport } from "@/lib/filing/report-period";
import { NOTE_MARKERS_ATTRIBUTE } from "@/lib/reader/dom-contract";

interface Props {
  params: Promise<{ slug: string }>;
  /** hide, annotation, quote/prefix/suffix, already: see parseReaderQuery. */
  searchParams: Promise<ReaderSearchParams>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return filingPageTitle({ slug: (await params).slug });
}

const FIGURE_KINDS = Object.keys(FIGURE_KIND_LABELS) as FigureKind[];

/** CSS that mutes hidden categories and figure kinds, keyed on the article's data-hide tokens. */
const toggleCss = [
  ...RISK_GROUPS.map(
    (group) =>
      `[data-hide~="grp-${group}"] .risk-title[data-group="${group}"]{border-left-color:transparent;background:transparent}` +
      `[data-hide~="grp-${group}"] .risk-title[data-group="${group}"] .risk-chip{display:none}`,
  ),
  ...FIGURE_KINDS.map(
    (kind) =>
      `[data-hide~="fig-${kind}"] .figure[data-kind="${kind}"]{border-bottom-color:transparent;background:none}`,
  ),
].join("\n");

export default async function FilingPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  await requireReaderAccess(`/filings/${slug}`);
  // The same page for every reader (it may be served from the page cache): who reads it, and
  // what they may do, is learnt after it paints (ReaderTools, ReaderNotes).
  const view = await readReaderView({ slug, query });
  if (!view) notFound();
  const { filing, riskFactors, groupCounts: counts } = view;
  const { analysis } = filing;
  const figureKinds = FIGURE_KINDS.filter((kind) => analysis.figures.some((figure) => figure.kind === kind));
  const blockOrder = new Map(analysis.blocks.map((block, index) => [block.id, index]));
  const riskStarts = new Map(filing.riskFactors.map((risk) => [risk.blockId, risk.start]));
  const riskRanges = new Map(
    filing.riskFactors.map((risk) => [risk.blockId, { start: risk.start, end: risk.end }]),
  );
  const { hidden, sharedSelection } = view.query;

  return (
    <div className="reader-layout lg:grid lg:grid-cols-[14rem_minmax(0,1fr)_1rem] lg:gap-8 xl:grid-cols-[14rem_minmax(0,1fr)_19rem_1rem]">
      <style>{toggleCss}</style>
      <article
        data-reader-article
        data-hide={hidden.join(" ")}
        className="relative mx-auto w-full max-w-[70ch] lg:col-start-2 lg:row-start-1"
      >
        {/* The outline follows the text in the document (so the text paints first): a way to it. */}
        <a
          href="#outline"
          className="no-print sr-only rounded-md bg-stone-900 px-3 py-1.5 text-sm text-white focus:not-sr-only focus:absolute focus:z-50 max-lg:hidden dark:bg-stone-100 dark:text-stone-900"
        >
          Skip to outline
        </a>
        {/* Past the text (one tab stop for its figures) straight to the notes. */}
        <a
          href="#notes"
          className="no-print sr-only rounded-md bg-stone-900 px-3 py-1.5 text-sm text-white focus:not-sr-only focus:absolute focus:z-50 dark:bg-stone-100 dark:text-stone-900"
        >
          Skip to notes
        </a>
        <header className="mb-8 space-y-4 border-b border-stone-200 pb-6 dark:border-stone-800">
          {view.query.alreadyImported && (
            <p
              role="status"
              className="no-print rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100"
            >
              This filing was already in the library, so it opened here instead of being imported twice.
            </p>
          )}
          <FilingHeading filing={filing} analysis={analysis} riskFactorCount={riskFactors.length} />
          <div className="no-print">
            <RiskCategoryChart counts={counts} />
          </div>
          {view.facts.source && (
            <KeyFinancials
              source={view.facts.source}
              rows={view.facts.keyFinancials}
              headings={view.facts.headings}
              checks={view.facts.checks}
              factCount={view.facts.factCount}
              filingSlug={filing.slug}
            />
          )}
          <ReaderTools
            filingSlug={filing.slug}
            filingTitle={filingTitle(filing)}
            version={filing.updatedAt.getTime()}
            details={{
              company: filing.company,
              form: filing.form,
              fiscalYear: filing.fiscalYear,
              tickers: filing.tickers,
              cik: filing.cik,
              periodOfReport: filing.periodOfReport,
              filingDate: filing.filingDate,
              accessionNumber: filing.accessionNumber,
            }}
            categories={RISK_GROUPS.map((group) => ({
              label: RISK_GROUP_LABELS[group],
              options: (RISK_CATEGORIES_BY_GROUP[group] as readonly RiskCategory[]).map((value) => ({
                value,
                label: RISK_CATEGORY_LABELS[value],
              })),
            }))}
          />
          <PhoneOutline />
          <ReaderControls
            initialHidden={hidden}
            categories={counts.map((entry) => ({
              token: `grp-${entry.group}`,
              label: entry.label,
              colour: RISK_GROUP_COLOURS[entry.group],
            }))}
            figureKinds={figureKinds.map((kind) => ({
              token: `fig-${kind}`,
              label: FIGURE_KIND_LABELS[kind],
            }))}
          />
        </header>
        <FilingText
          text={filing.canonicalText}
          blocks={analysis.blocks}
          figures={view.facts.figures}
          riskFactors={riskFactors}
          sections={analysis.sections}
          filingSlug={filing.slug}
          riskHistoryPath={
            filing.cik && isAnnualReport(filing.form) ? `/companies/${filing.cik}/risks` : undefined
          }
          cacheKey={[
            filing.id,
            filing.updatedAt.getTime(),
            `facts=${view.facts.factCount}`,
            ...riskFactors.map(
              (risk) =>
                `${risk.blockId}=${risk.category}${risk.overridden ? "*" : ""}${risk.changeNote ?? ""}`,
            ),
          ].join("|")}
        />
        {/* Beside the text below the margin's width: the notes' markers (see NoteMarkers). */}
        <div
          {...{ [NOTE_MARKERS_ATTRIBUTE]: "" }}
          className="no-print pointer-events-none absolute inset-y-0 -right-4 w-4 xl:hidden"
        />
      </article>
      {/* After the text in the document, before it on screen: a long filing's first screen of
          text is parsed and painted without waiting for the outline's hundreds of entries. */}
      <aside id="outline" tabIndex={-1} className="no-print hidden lg:col-start-1 lg:row-start-1 lg:block">
        <div data-outline-scroll className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto pr-2">
          <Outline
            sections={analysis.sections}
            riskFactors={riskFactors}
            blockOrder={blockOrder}
            filingSlug={filing.slug}
            riskRanges={riskRanges}
          />
        </div>
      </aside>
      <div className="no-print hidden lg:col-start-3 lg:row-start-1 lg:block xl:col-start-4">
        <div className="sticky top-4 h-[calc(100vh-2rem)]">
          <Minimap
            filingSlug={filing.slug}
            textLength={filing.canonicalText.length}
            riskFactors={riskFactors}
            riskStarts={riskStarts}
            figures={analysis.figures}
          />
        </div>
      </div>
      <aside
        aria-label="Notes"
        id="notes"
        tabIndex={-1}
        className="no-print mt-10 lg:col-start-2 xl:col-start-3 xl:row-start-1 xl:mt-0"
      >
        <ReaderNotes
          filingSlug={filing.slug}
          initialOpenId={view.query.openNoteId}
          sharedSelection={sharedSelection}
        />
      </aside>
      <OutlineSpy />
      <FigureTip />
    </div>
  );
}
