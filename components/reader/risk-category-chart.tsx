import { scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { RiskGroup } from "@/lib/filing/types";
import { RISK_GROUP_COLOURS } from "./risk-category-style";

export interface GroupCount {
  group: RiskGroup;
  label: string;
  count: number;
}

/**
 * Risk factors per group: one stacked bar (visx, rendered on the server as SVG, no client
 * JavaScript) over a legend that carries the same numbers as text. The SVG is hidden from
 * assistive technology, which reads the legend list.
 */
export function RiskCategoryChart({ counts }: { counts: GroupCount[] }) {
  if (counts.length === 0)
    return (
      <p className="text-sm text-stone-600 dark:text-stone-400">No risk factors found in this filing.</p>
    );
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const width = 1000;
  const x = scaleLinear<number>({ domain: [0, total], range: [0, width] });
  // Each segment starts where the counts before it end.
  const starts = counts.map((_, index) => counts.slice(0, index).reduce((sum, c) => sum + c.count, 0));
  const segments = counts.map((c, index) => ({ ...c, x: x(starts[index] ?? 0), width: x(c.count) - x(0) }));
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} 14`} preserveAspectRatio="none" className="h-3.5 w-full" aria-hidden="true">
        {segments.map((s) => (
          <Bar
            key={s.group}
            x={s.x}
            y={0}
            width={Math.max(0, s.width - 2)}
            height={14}
            fill={RISK_GROUP_COLOURS[s.group]}
          />
        ))}
      </svg>
      <figcaption className="sr-only">Risk factors per group</figcaption>
      <ul className="columns-2 gap-6 text-xs sm:columns-3" aria-label="Risk factors per group">
        {counts.map((c) => (
          <li key={c.group} className="flex items-center gap-1.5 py-0.5">
            <span
              aria-hidden
              className="size-2.5 shrink-0 rounded-sm"
              style={{ background: RISK_GROUP_COLOURS[c.group] }}
            />
            <span className="text-stone-700 dark:text-stone-300">{c.label}</span>
            <span className="ml-auto font-semibold tabular-nums">{c.count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
