import { RiskNoteCount } from "@/components/annotations/note-counts";
import type { Section } from "@/lib/filing/types";
import type { ReaderRiskFactor } from "./filing-text";
import { RISK_CATEGORY_COLOURS } from "./risk-category-style";

/** Short outline label: the first words of a long risk title. */
function shorten(title: string, words = 9): string {
  const parts = title.replace(/[.:]$/, "").split(/\s+/);
  return parts.length <= words ? parts.join(" ") : `${parts.slice(0, words).join(" ")}…`;
}

/** "Part II", "Item 7. Management's Discussion…", "D. Risk Factors". */
function sectionLabel(section: Section): string {
  if (section.level === 1) return section.title ? `${section.label} · ${section.title}` : section.label;
  if (section.label === "") return section.title;
  const label = section.level === 3 ? section.label : `Item ${section.label}`;
  return section.title ? `${label}. ${section.title}` : label;
}

/**
 * The filing's sections and risk factors as links to their blocks; the scroll spy marks
 * the current one with aria-current.
 */
export function Outline({
  sections,
  riskFactors,
  blockOrder,
  filingSlug,
  riskRanges,
}: {
  sections: Section[];
  riskFactors: ReaderRiskFactor[];
  /** Position of each block id, to interleave risk factors under their sections. */
  blockOrder: Map<string, number>;
  filingSlug: string;
  /** Each risk factor's range in the text, by title block id: its note count counts notes there. */
  riskRanges: Map<string, { start: number; end: number }>;
}) {
  const entries = [
    ...sections.map((section) => ({ kind: "section" as const, id: section.blockId, section })),
    ...riskFactors.map((risk) => ({ kind: "risk" as const, id: risk.blockId, risk })),
  ].sort((a, b) => (blockOrder.get(a.id) ?? 0) - (blockOrder.get(b.id) ?? 0));
  return (
    <nav aria-label="Outline" className="text-sm" data-outline>
      <ol className="space-y-0.5">
        {entries.map((entry) =>
          entry.kind === "section" ? (
            <li
              key={entry.id}
              className={
                entry.section.level === 1
                  ? "pt-4 first:pt-0"
                  : entry.section.level === 3
                    ? "pl-3"
                    : "pt-1 first:pt-0"
              }
            >
              <a
                href={`#${entry.id}`}
                className={`block rounded px-2 py-1 hover:bg-stone-100 aria-[current=true]:bg-stone-200 dark:hover:bg-stone-800 dark:aria-[current=true]:bg-stone-800 ${
                  entry.section.level === 1
                    ? "text-xs font-semibold tracking-wider text-stone-500 uppercase dark:text-stone-400"
                    : entry.section.level === 3
                      ? "text-stone-700 dark:text-stone-300"
                      : "font-semibold text-stone-800 dark:text-stone-200"
                }`}
              >
                {sectionLabel(entry.section)}
              </a>
            </li>
          ) : (
            <li key={entry.id}>
              <a
                href={`#${entry.id}`}
                title={entry.risk.title}
                className="flex gap-2 rounded px-2 py-1 leading-snug text-stone-600 hover:bg-stone-100 aria-[current=true]:bg-stone-200 aria-[current=true]:text-stone-900 dark:text-stone-400 dark:hover:bg-stone-800 dark:aria-[current=true]:bg-stone-800 dark:aria-[current=true]:text-stone-100"
              >
                <span
                  aria-hidden
                  className="mt-1.5 size-2 shrink-0 rounded-full"
                  style={{ background: RISK_CATEGORY_COLOURS[entry.risk.category] }}
                />
                <span className="min-w-0 flex-1">
                  {shorten(entry.risk.title)}
                  <span className="sr-only"> ({entry.risk.categoryLabel})</span>
                </span>
                <RiskNoteCount
                  filingSlug={filingSlug}
                  start={riskRanges.get(entry.id)?.start ?? 0}
                  end={riskRanges.get(entry.id)?.end ?? 0}
                />
              </a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
