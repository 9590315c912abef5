import { MinimapNoteMarks } from "@/components/annotations/note-counts";
import type { Figure } from "@/lib/filing/types";
import type { ReaderRiskFactor } from "./filing-text";
import { RISK_CATEGORY_COLOURS } from "./risk-category-style";

/**
 * A strip beside the text marking where risk titles and figures fall across the whole
 * filing (by offset in the canonical text), like an editor's scrollbar marks. Each risk mark
 * links to its title; figure marks are drawn as one background gradient, not thousands of
 * elements.
 */
export function Minimap({
  textLength,
  riskFactors,
  riskStarts,
  figures,
  filingSlug,
}: {
  filingSlug: string;
  textLength: number;
  riskFactors: ReaderRiskFactor[];
  riskStarts: Map<string, number>;
  figures: Figure[];
}) {
  const at = (offset: number) => `${((offset / Math.max(1, textLength)) * 100).toFixed(2)}%`;
  // Bucket figures into 200 rows so a long filing's thousands of figures cost one gradient.
  const buckets = new Array<number>(200).fill(0);
  for (const figure of figures)
    buckets[Math.min(199, Math.floor((figure.start / Math.max(1, textLength)) * 200))]! += 1;
  const stops = buckets
    .map((count, row) =>
      count
        ? `rgb(13 148 136 / ${Math.min(0.9, 0.25 + count * 0.15)}) ${row * 0.5}% ${(row + 1) * 0.5}%`
        : `transparent ${row * 0.5}% ${(row + 1) * 0.5}%`,
    )
    .join(", ");
  return (
    // Pointer shortcut only: keyboard and screen-reader users have the outline, which lists the same.
    <div
      aria-hidden
      className="no-print relative h-full w-4 rounded-full bg-stone-200/60 dark:bg-stone-800/60"
    >
      <div
        aria-hidden
        className="absolute inset-x-1 inset-y-0 rounded-full"
        style={{ background: `linear-gradient(to bottom, ${stops})` }}
      />
      <MinimapNoteMarks filingSlug={filingSlug} textLength={textLength} />
      {riskFactors.map((risk) => (
        <a
          key={risk.blockId}
          href={`#${risk.blockId}`}
          tabIndex={-1}
          title={risk.title}
          className="absolute inset-x-0 h-1.5 -translate-y-1/2 rounded-sm hover:h-2.5 focus-visible:h-2.5"
          style={{
            top: at(riskStarts.get(risk.blockId) ?? 0),
            background: RISK_CATEGORY_COLOURS[risk.category],
          }}
        />
      ))}
    </div>
  );
}
