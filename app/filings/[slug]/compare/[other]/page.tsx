import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeNavigator } from "@/components/lineage/change-navigator";
import { Redline } from "@/components/lineage/redline";
import { CopyChangeLink } from "@/components/lineage/copy-change-link";
import { filingTitle } from "@/lib/filing/format-metadata";
import type { RiskPair } from "@/lib/lineage/align-risk-factors";
import { countChanges, redline } from "@/lib/lineage/redline";
import { count } from "@/lib/text/count";
import { mayReadFilings, requireReaderAccess } from "@/server/auth";
import type { FilingWithAnalysis } from "@/server/data/get-filing";
import { isAppError } from "@/server/errors";
import { compareFilings } from "@/server/lineage/compare-filings";
import { similarityPercent } from "@/lib/lineage/similarity-percent";

interface Props {
  params: Promise<{ slug: string; other: string }>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await mayReadFilings())) return { title: "Sign in" };
  const { slug, other } = await params;
  const found = await compareFilings({ slug, other }).catch(() => null);
  return {
    title: found ? `Compare · ${filingTitle(found.older)} → ${filingTitle(found.newer)}` : "Not found",
  };
}

/** What a status is called in the summary and the section headings. */
const STATUS_WORDS: Record<RiskPair["status"], { one: string; many: string }> = {
  added: { one: "new risk", many: "new risks" },
  removed: { one: "removed", many: "removed" },
  changed: { one: "changed", many: "changed" },
  moved: { one: "moved", many: "moved" },
  split: { one: "split", many: "split" },
  merged: { one: "merged", many: "merged" },
  unchanged: { one: "unchanged", many: "unchanged" },
};
const ORDER: RiskPair["status"][] = ["added", "removed", "changed", "moved", "split", "merged", "unchanged"];

/**
 * Two filings' risk factors year over year: a summary, the section's scores, and each risk
 * factor's fate — a word-level redline for each changed one (insertions and deletions marked
 * by more than colour), each change focusable (n/p), linkable and opening the reader where it
 * can be annotated.
 */
export default async function ComparePage({ params }: Props) {
  const { slug, other } = await params;
  await requireReaderAccess(`/filings/${slug}/compare/${other}`);
  let comparison: Awaited<ReturnType<typeof compareFilings>>;
  try {
    comparison = await compareFilings({ slug, other });
  } catch (error) {
    if (isAppError(error) && error.code === "not-found") notFound();
    throw error;
  }
  const { older, newer, pairs, scores } = comparison;
  const riskOf = (filing: FilingWithAnalysis, index: number | null) =>
    index === null ? undefined : filing.riskFactors[index];
  const textOf = (filing: FilingWithAnalysis, index: number | null) => {
    const risk = riskOf(filing, index);
    return risk ? filing.canonicalText.slice(risk.start, risk.end) : "";
  };
  const byStatus = new Map<RiskPair["status"], RiskPair[]>();
  for (const pair of pairs) byStatus.set(pair.status, [...(byStatus.get(pair.status) ?? []), pair]);
  const summary = ORDER.flatMap((status) => {
    const n = new Set(
      (byStatus.get(status) ?? []).map((pair) =>
        status === "removed" || status === "merged" ? pair.old : pair.new,
      ),
    ).size;
    return n ? [`${n} ${n === 1 ? STATUS_WORDS[status].one : STATUS_WORDS[status].many}`] : [];
  });
  // Each reworded, split or merged pair, with its redline: the changes one steps through.
  const reworded = pairs
    .filter((pair) => pair.status === "changed" || pair.status === "split" || pair.status === "merged")
    .map((pair, index) => {
      const runs = redline(textOf(older, pair.old), textOf(newer, pair.new));
      return { pair, id: `change-${index + 1}`, runs, edits: countChanges(runs) };
    });
  const changeCount =
    reworded.length + (byStatus.get("added")?.length ?? 0) + (byStatus.get("removed")?.length ?? 0);
  const readerLink = (filing: FilingWithAnalysis, index: number | null) => {
    const risk = riskOf(filing, index);
    return risk ? `/filings/${filing.slug}#${risk.blockId}` : `/filings/${filing.slug}`;
  };

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm uppercase tracking-wide text-stone-600 dark:text-stone-400">
          Risk factors year over year
        </p>
        <h1 className="font-serif text-3xl font-semibold tracking-tight">{newer.company}</h1>
        <p className="text-stone-700 dark:text-stone-300">
          <Link href={`/filings/${older.slug}`} className="underline">
            {filingTitle(older)}
          </Link>{" "}
          →{" "}
          <Link href={`/filings/${newer.slug}`} className="underline">
            {filingTitle(newer)}
          </Link>
        </p>
        <p className="text-lg font-medium" data-testid="compare-summary">
          {summary.length > 0 ? summary.join(", ") : "Neither filing has risk factors to compare."}
        </p>
      </header>

      <section aria-labelledby="scores-title" className="space-y-2">
        <h2 id="scores-title" className="font-semibold">
          How alike the risk sections are
        </h2>
        <table className="text-sm">
          <caption className="sr-only">Similarity of the two risk sections, by measure</caption>
          <tbody>
            {(
              [
                ["Cosine", scores.cosine, "word frequencies"],
                ["Jaccard", scores.jaccard, "shared vocabulary"],
                ["Minimum edit", scores.minEdit, "words to change, in order"],
                ["Simple", scores.simple, "words added and deleted"],
              ] as const
            ).map(([name, value, what]) => (
              <tr key={name}>
                <th scope="row" className="py-0.5 pr-4 text-left font-medium">
                  {name}
                </th>
                <td className="pr-4 text-right tabular-nums">{similarityPercent(value)}</td>
                <td className="text-stone-600 dark:text-stone-400">{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          The nearer 100%, the less the language changed (cosine counts words, not their order, so a section
          only reordered scores 100% there). Firms whose annual reports change their language from one year to
          the next have tended to do worse afterwards (Cohen, Malloy &amp; Nguyen, “Lazy Prices”, 2020).
        </p>
      </section>

      <ChangeNavigator count={changeCount} />

      {reworded.length > 0 && (
        <section aria-labelledby="changed-title" className="space-y-6">
          <h2 id="changed-title" className="font-serif text-2xl font-semibold">
            Reworded ({reworded.length})
          </h2>
          {reworded.map(({ pair, id, runs, edits }) => (
            <article
              key={id}
              id={id}
              data-change
              tabIndex={-1}
              aria-labelledby={`${id}-title`}
              className="scroll-mt-20 space-y-3 rounded-lg border border-stone-200 bg-white p-4 outline-offset-4 focus:outline-2 focus:outline-sky-700 dark:border-stone-800 dark:bg-stone-900"
            >
              <h3 id={`${id}-title`} className="font-serif text-lg font-semibold">
                {riskOf(newer, pair.new)?.title}
              </h3>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {pair.status === "changed"
                  ? `Changed: ${similarityPercent(pair.similarity)} alike, ${count(edits, "edit")}`
                  : pair.status === "split"
                    ? `Part of “${riskOf(older, pair.old)?.title}”, which was split`
                    : `Takes in “${riskOf(older, pair.old)?.title}” (merged)`}
                {pair.status === "changed" &&
                  riskOf(older, pair.old)?.title !== riskOf(newer, pair.new)?.title && (
                    <> · was “{riskOf(older, pair.old)?.title}”</>
                  )}
              </p>
              <Redline runs={runs} />
              <p className="flex flex-wrap gap-3 text-sm">
                <Link href={readerLink(newer, pair.new)} className="underline">
                  Open in {filingTitle(newer)} to annotate
                </Link>
                <Link href={readerLink(older, pair.old)} className="underline">
                  Last year’s text
                </Link>
                <CopyChangeLink id={id} />
              </p>
            </article>
          ))}
        </section>
      )}

      {(["added", "removed"] as const).map((status) => {
        const listed = byStatus.get(status) ?? [];
        if (listed.length === 0) return null;
        const filing = status === "added" ? newer : older;
        return (
          <section key={status} aria-labelledby={`${status}-title`} className="space-y-3">
            <h2 id={`${status}-title`} className="font-serif text-2xl font-semibold">
              {status === "added" ? "New risks" : "Removed risks"} ({listed.length})
            </h2>
            <ul className="space-y-3">
              {listed.map((pair) => {
                const index = status === "added" ? pair.new : pair.old;
                const id = `${status}-${index}`;
                const text = textOf(filing, index);
                return (
                  <li
                    key={id}
                    id={id}
                    data-change
                    tabIndex={-1}
                    className="scroll-mt-20 rounded-lg border border-stone-200 p-4 outline-offset-4 focus:outline-2 focus:outline-sky-700 dark:border-stone-800"
                  >
                    <p className="font-medium">
                      <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs uppercase tracking-wide dark:bg-stone-800">
                        {status === "added" ? "New" : "Removed"}
                      </span>
                      {riskOf(filing, index)?.title}
                    </p>
                    <p className="mt-1 line-clamp-3 text-sm text-stone-700 dark:text-stone-300">
                      {text.slice(riskOf(filing, index)?.title.length ?? 0, 600)}
                    </p>
                    <p className="mt-2 flex flex-wrap gap-3 text-sm">
                      <Link href={readerLink(filing, index)} className="underline">
                        Open in {filingTitle(filing)}
                        {status === "added" ? " to annotate" : ""}
                      </Link>
                      <CopyChangeLink id={id} label="Copy link" />
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}

      {(["moved", "unchanged"] as const).map((status) => {
        const listed = byStatus.get(status) ?? [];
        if (listed.length === 0) return null;
        return (
          <details key={status} className="space-y-2" open={status === "moved"}>
            <summary className="cursor-pointer font-serif text-xl font-semibold">
              {status === "moved" ? "Moved" : "Unchanged"} ({listed.length})
            </summary>
            <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
              {listed.map((pair) => (
                <li key={`${pair.old}-${pair.new}`}>
                  <Link href={readerLink(newer, pair.new)} className="underline">
                    {riskOf(newer, pair.new)?.title}
                  </Link>
                  {status === "moved" && ` (was risk ${(pair.old ?? 0) + 1}, now ${(pair.new ?? 0) + 1})`}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
