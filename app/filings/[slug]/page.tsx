import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilingText, type ReaderRiskFactor } from "@/components/reader/filing-text";
import { Minimap } from "@/components/reader/minimap";
import { Outline } from "@/components/reader/outline";
import {
  DeleteFiling,
  EditFilingDetails,
  NotesTransfer,
  ReplaceFilingText,
} from "@/components/reader/signed-in-tools";
import { RiskCategoryMenu } from "@/components/reader/risk-category-menu";
import { OutlineSpy } from "@/components/reader/outline-spy";
import { FigureTip } from "@/components/reader/figure-tip";
import { ReaderControls } from "@/components/reader/reader-controls";
import { RiskCategoryChart } from "@/components/reader/risk-category-chart";
import { FIGURE_KIND_LABELS, RISK_GROUP_COLOURS } from "@/components/reader/risk-category-style";
import { explainRiskCategory, RISK_CATEGORY_LABELS, RISK_GROUP_LABELS } from "@/lib/filing/risk-taxonomy";
import {
  isRiskCategory,
  RISK_CATEGORIES_BY_GROUP,
  RISK_GROUPS,
  riskGroupOf,
  type FigureKind,
  type RiskCategory,
} from "@/lib/filing/types";
import { AnnotationsPanel } from "@/components/annotations/annotations-panel";
import { count } from "@/lib/text/count";
import { anchor } from "@/lib/anchoring";
import { viewerOf } from "@/lib/permissions/annotation-access";
import { currentUser, mayReadFilings, requireReaderAccess } from "@/server/auth";
import { getLatestLiveEventId } from "@/server/data/get-latest-live-event-id";
import { listUserWorkspaces } from "@/server/data/list-user-workspaces";
import { NoteTotal } from "@/components/annotations/note-counts";
import { mayReplaceFilingText } from "@/lib/filing/import-request";
import { getFiling } from "@/server/data/get-filing";
import { countFilingNotes } from "@/server/data/count-filing-notes";
import { assessFilingDeletion, couldCurateFiling } from "@/lib/permissions/filing-access";
import { filingTitle, formatIsoDate } from "@/lib/filing/format-metadata";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{
    hide?: string | string[];
    annotation?: string | string[];
    quote?: string | string[];
    prefix?: string | string[];
    suffix?: string | string[];
    already?: string | string[];
  }>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // A private deployment names nothing to a visitor who is not signed in (the page they
  // are redirected from must not carry the company's name in its title).
  if (!(await mayReadFilings())) return { title: "Sign in" };
  const filing = await getFiling({ slug: (await params).slug });
  return {
    title: filing ? `${filing.company} ${filing.form} ${filing.fiscalYear ?? ""}`.trim() : "Not found",
  };
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
  const filing = await getFiling({ slug });
  if (!filing) notFound();
  const { analysis } = filing;
  const user = await currentUser();
  const workspaces = user ? await listUserWorkspaces({ userId: user.id }) : [];
  const viewer = user ? viewerOf(user.id, workspaces) : null;
  const liveAfter = viewer ? await getLatestLiveEventId({ filingId: filing.id }) : BigInt(0);
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

  const deletion = viewer
    ? assessFilingDeletion(
        viewer,
        filing,
        couldCurateFiling(viewer, filing) ? await countFilingNotes({ filingId: filing.id }) : [],
      )
    : null;
  const workspaceName = new Map(workspaces.map((workspace) => [workspace.id, workspace.name]));
  const period = formatIsoDate(filing.periodOfReport);
  const filed = formatIsoDate(filing.filingDate);

  const riskFactors: ReaderRiskFactor[] = filing.riskFactors.map((risk) => {
    const chosen = risk.categoryOverride ?? risk.category;
    const category = isRiskCategory(chosen) ? chosen : "other";
    const change = risk.categoryChanges[0];
    const detected = isRiskCategory(risk.category) ? RISK_CATEGORY_LABELS[risk.category] : risk.category;
    const group = riskGroupOf(category);
    return {
      blockId: risk.blockId,
      title: risk.title,
      category,
      categoryLabel: RISK_CATEGORY_LABELS[category],
      group,
      groupLabel: RISK_GROUP_LABELS[group],
      reason:
        risk.categoryOverride === null ? explainRiskCategory(risk.title, risk.categoryTerms) : undefined,
      overridden: risk.categoryOverride !== null,
      // Who set the category, when, from what: shown on hover.
      changeNote: change
        ? `${change.to === null ? "Reset to the detected category" : `Set to ${RISK_CATEGORY_LABELS[category]}`} by ${
            change.user?.name ?? "a former user"
          }, ${formatIsoDate(change.createdAt.toISOString().slice(0, 10))}${
            change.from && isRiskCategory(change.from) ? `; was ${RISK_CATEGORY_LABELS[change.from]}` : ""
          }. Detected: ${detected}.`
        : undefined,
    };
  });
  const counts = RISK_GROUPS.map((group) => ({
    group,
    label: RISK_GROUP_LABELS[group],
    count: riskFactors.filter((risk) => risk.group === group).length,
  }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  const figureKinds = FIGURE_KINDS.filter((kind) => analysis.figures.some((figure) => figure.kind === kind));
  const blockOrder = new Map(analysis.blocks.map((block, index) => [block.id, index]));
  const riskStarts = new Map(filing.riskFactors.map((risk) => [risk.blockId, risk.start]));
  const riskRanges = new Map(
    filing.riskFactors.map((risk) => [risk.blockId, { start: risk.start, end: risk.end }]),
  );
  const quote = one(query.quote)?.slice(0, 5_000);
  // A selection link's passage, found by the same anchoring as annotations.
  const sharedSelection = quote
    ? (() => {
        const found = anchor(filing.canonicalText, {
          quote: {
            exact: quote,
            prefix: one(query.prefix)?.slice(0, 200),
            suffix: one(query.suffix)?.slice(0, 200),
          },
        });
        return found.status === "orphan" ? ("missing" as const) : { start: found.start, end: found.end };
      })()
    : null;
  const hidden = (Array.isArray(query.hide) ? query.hide.join(",") : (query.hide ?? ""))
    .split(",")
    .filter((token) => /^(grp|fig)-[a-z-]+$/i.test(token));

  const outline = (
    <Outline
      sections={analysis.sections}
      riskFactors={riskFactors}
      blockOrder={blockOrder}
      filingSlug={filing.slug}
      riskRanges={riskRanges}
    />
  );
  return (
    <div className="reader-layout lg:grid lg:grid-cols-[14rem_minmax(0,1fr)_1rem] lg:gap-8 xl:grid-cols-[14rem_minmax(0,1fr)_19rem_1rem]">
      <style>{toggleCss}</style>
      <aside className="no-print hidden lg:block">
        <div data-outline-scroll className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto pr-2">
          {outline}
        </div>
      </aside>
      <article
        data-reader-article
        data-signed-in={user ? "" : undefined}
        data-hide={hidden.join(" ")}
        className="mx-auto w-full max-w-[70ch]"
      >
        {/* Past the text (one tab stop for its figures) straight to the notes. */}
        <a
          href="#notes"
          className="no-print sr-only rounded-md bg-stone-900 px-3 py-1.5 text-sm text-white focus:not-sr-only focus:absolute focus:z-50 dark:bg-stone-100 dark:text-stone-900"
        >
          Skip to notes
        </a>
        <header className="mb-8 space-y-4 border-b border-stone-200 pb-6 dark:border-stone-800">
          {one(query.already) && (
            <p
              role="status"
              className="no-print rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100"
            >
              This filing was already in the library, so it opened here instead of being imported twice.
            </p>
          )}
          <div>
            <p className="text-sm uppercase tracking-wide text-stone-600 dark:text-stone-400">
              {filing.tickers.length > 0 && (
                <span className="font-mono normal-case">{filing.tickers.join(" · ")} · </span>
              )}
              Form {filing.form}
              {filing.fiscalYear ? ` · Fiscal year ${filing.fiscalYear}` : ""}
            </p>
            <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight">{filing.company}</h1>
            {(period || filed || filing.cik || filing.accessionNumber) && (
              <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
                {period && (
                  <div className="flex gap-1">
                    <dt>Period</dt>
                    <dd className="text-stone-900 dark:text-stone-100">{period}</dd>
                  </div>
                )}
                {filed && (
                  <div className="flex gap-1">
                    <dt>Filed</dt>
                    <dd className="text-stone-900 dark:text-stone-100">{filed}</dd>
                  </div>
                )}
                {filing.cik && (
                  <div className="flex gap-1">
                    <dt>CIK</dt>
                    <dd className="font-mono text-stone-900 dark:text-stone-100">{filing.cik}</dd>
                  </div>
                )}
                {filing.accessionNumber && (
                  <div className="flex gap-1">
                    <dt>Accession</dt>
                    <dd className="font-mono text-stone-900 dark:text-stone-100">{filing.accessionNumber}</dd>
                  </div>
                )}
              </dl>
            )}
            <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
              {count(analysis.sections.length, "section")} · {count(riskFactors.length, "risk factor")} ·{" "}
              {count(analysis.blocks.filter((block) => block.kind === "table").length, "table")} ·{" "}
              {count(analysis.figures.length, "figure")} ·{" "}
              {/* Not prefetched: the reader's page loads only its own code (the table is a click away). */}
              <Link href={`/filings/${filing.slug}/figures`} prefetch={false} className="underline">
                Figures table
              </Link>
              <span className="xl:hidden">
                {" "}
                ·{" "}
                <a href="#notes" className="underline">
                  Notes (<NoteTotal filingSlug={filing.slug} />)
                </a>
              </span>
            </p>
          </div>
          <form
            action="/search"
            role="search"
            aria-label="Search in this filing"
            className="no-print flex gap-2 text-sm"
          >
            <input type="hidden" name="filing" value={filing.slug} />
            <label htmlFor="filing-search" className="sr-only">
              Search in this filing
            </label>
            <input
              id="filing-search"
              type="search"
              name="q"
              maxLength={200}
              placeholder="Search in this filing and its notes"
              className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900"
            />
            <button
              type="submit"
              className="rounded-md border border-stone-300 px-3 py-1.5 font-medium dark:border-stone-700"
            >
              Search
            </button>
          </form>
          <div className="no-print">
            <RiskCategoryChart counts={counts} />
          </div>
          {user && (
            <NotesTransfer
              filingSlug={filing.slug}
              workspaces={workspaces.map((workspace) => ({ id: workspace.id, name: workspace.name }))}
            />
          )}
          {mayReplaceFilingText(filing, user?.id ?? null) && (
            <>
              <EditFilingDetails
                filingSlug={filing.slug}
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
              />
              <ReplaceFilingText filingSlug={filing.slug} />
            </>
          )}
          {deletion?.allowed && (
            <div className="no-print">
              <DeleteFiling
                filingSlug={filing.slug}
                title={filingTitle(filing)}
                yours={deletion.yours}
                workspaces={deletion.inOwnedWorkspaces.map((entry) => ({
                  name: workspaceName.get(entry.workspaceId) ?? "a workspace",
                  count: entry.count,
                }))}
                others={deletion.others}
              />
            </div>
          )}
          <details className="no-print rounded-lg border border-stone-200 bg-white text-sm lg:hidden dark:border-stone-800 dark:bg-stone-900">
            <summary className="cursor-pointer px-3 py-2 font-medium">Outline</summary>
            <div className="max-h-[60vh] overflow-y-auto px-1 pb-3">{outline}</div>
          </details>
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
          figures={analysis.figures}
          riskFactors={riskFactors}
          sections={analysis.sections}
          filingSlug={filing.slug}
          categoriesEditable={deletion?.allowed ?? false}
          cacheKey={[
            filing.id,
            filing.updatedAt.getTime(),
            deletion?.allowed ? "editable" : "fixed",
            ...riskFactors.map(
              (risk) =>
                `${risk.blockId}=${risk.category}${risk.overridden ? "*" : ""}${risk.changeNote ?? ""}`,
            ),
          ].join("|")}
        />
      </article>
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
        <div className="xl:sticky xl:top-4 xl:z-40 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto">
          <AnnotationsPanel
            filingSlug={filing.slug}
            signedIn={user !== null}
            initialOpenId={one(query.annotation) ?? null}
            sharedSelection={sharedSelection}
            workspaces={workspaces.map((workspace) => ({ id: workspace.id, name: workspace.name }))}
            liveAfter={liveAfter.toString()}
          />
        </div>
      </aside>
      <OutlineSpy />
      <FigureTip />
      {deletion?.allowed && (
        <RiskCategoryMenu
          filingSlug={filing.slug}
          categories={RISK_GROUPS.map((group) => ({
            label: RISK_GROUP_LABELS[group],
            options: (RISK_CATEGORIES_BY_GROUP[group] as readonly RiskCategory[]).map((value) => ({
              value,
              label: RISK_CATEGORY_LABELS[value],
            })),
          }))}
        />
      )}
    </div>
  );
}
