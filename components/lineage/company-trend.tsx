import Link from "next/link";
import type { TrendPoint } from "@/lib/lineage/trend-point";
import { similarityPercent } from "@/lib/lineage/similarity-percent";

/**
 * A company's risk section year over year: a sparkline of how much of the text each annual
 * report kept from the year before ("simple" similarity), bars of new (up) and removed (down)
 * risk factors, and the same numbers as a table beside it, each year linking to its comparison.
 */
export function CompanyTrend({ company, points }: { company: string; points: readonly TrendPoint[] }) {
  if (points.length === 0) return null;
  const width = 320;
  const line = { top: 8, height: 56 };
  const bars = { top: 76, middle: 100, half: 22 };
  const step = points.length === 1 ? 0 : (width - 24) / (points.length - 1);
  const x = (index: number) => 12 + index * step;
  const y = (value: number) => line.top + (1 - value) * line.height;
  const most = Math.max(1, ...points.flatMap((point) => [point.added, point.removed]));
  const path = points
    .map((point, index) => `${index === 0 ? "M" : "L"}${x(index)},${y(point.scores.simple)}`)
    .join(" ");
  return (
    <section aria-labelledby="trend-title" className="space-y-3">
      <h2 id="trend-title" className="font-semibold">
        Risk factors year over year
      </h2>
      <div className="flex flex-wrap items-start gap-6">
        <figure className="space-y-1">
          <svg
            viewBox={`0 0 ${width} 128`}
            width={width}
            height={128}
            role="img"
            aria-labelledby="trend-chart-title"
            className="overflow-visible text-sky-700 dark:text-sky-400"
          >
            <title id="trend-chart-title">
              {`${company}: share of the risk section kept from the year before, and risk factors added and removed, by year`}
            </title>
            <line x1={0} x2={width} y1={y(1)} y2={y(1)} className="stroke-stone-200 dark:stroke-stone-700" />
            <line
              x1={0}
              x2={width}
              y1={bars.middle}
              y2={bars.middle}
              className="stroke-stone-300 dark:stroke-stone-700"
            />
            <path d={path} fill="none" stroke="currentColor" strokeWidth={2} />
            {points.map((point, index) => (
              <g key={point.slug}>
                <circle cx={x(index)} cy={y(point.scores.simple)} r={3} fill="currentColor">
                  <title>{`${point.year}: ${similarityPercent(point.scores.simple)} kept`}</title>
                </circle>
                <rect
                  x={x(index) - 5}
                  width={10}
                  y={bars.middle - (point.added / most) * bars.half}
                  height={(point.added / most) * bars.half}
                  className="fill-emerald-600 dark:fill-emerald-400"
                >
                  <title>{`${point.year}: ${point.added} new`}</title>
                </rect>
                <rect
                  x={x(index) - 5}
                  width={10}
                  y={bars.middle}
                  height={(point.removed / most) * bars.half}
                  className="fill-red-600 dark:fill-red-400"
                >
                  <title>{`${point.year}: ${point.removed} removed`}</title>
                </rect>
                <text
                  x={x(index)}
                  y={bars.top + 50}
                  textAnchor="middle"
                  className="fill-stone-600 text-[10px] dark:fill-stone-400"
                >
                  {point.year}
                </text>
              </g>
            ))}
          </svg>
          <figcaption className="text-xs text-stone-600 dark:text-stone-400">
            Line: text kept from the year before. Bars: new risks (up), removed (down).
          </figcaption>
        </figure>
        <table className="text-sm">
          <caption className="sr-only">{`${company}: risk factors year over year`}</caption>
          <thead>
            <tr className="text-left text-stone-600 dark:text-stone-400">
              <th scope="col" className="pr-3 font-medium">
                Year
              </th>
              <th scope="col" className="pr-3 text-right font-medium">
                Kept
              </th>
              <th scope="col" className="pr-3 text-right font-medium">
                New
              </th>
              <th scope="col" className="pr-3 text-right font-medium">
                Removed
              </th>
              <th scope="col" className="pr-3 text-right font-medium">
                Reworded
              </th>
              <th scope="col" className="font-medium">
                <span className="sr-only">Comparison</span>
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {points.map((point) => (
              <tr key={point.slug}>
                <th scope="row" className="pr-3 text-left font-medium">
                  {point.year}
                </th>
                <td className="pr-3 text-right">{similarityPercent(point.scores.simple)}</td>
                <td className="pr-3 text-right">{point.added}</td>
                <td className="pr-3 text-right">{point.removed}</td>
                <td className="pr-3 text-right">{point.changed}</td>
                <td>
                  <Link href={`/filings/${point.slug}/compare/${point.previousSlug}`} className="underline">
                    Compare<span className="sr-only"> {point.year} with the year before</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
