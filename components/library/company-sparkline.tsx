"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { TrendPoint } from "@/lib/lineage/trend-point";

/**
 * A library company's risk section year over year, small: how much of the text each annual
 * report kept from the year before, read after the page paints, linking to the company's page
 * (its chart and table). Its values are its accessible name.
 */
export function CompanySparkline({ cik }: { cik: string }) {
  const [points, setPoints] = useState<TrendPoint[] | null>(null);
  useEffect(() => {
    let stopped = false;
    void fetch(`/api/companies/${cik}/trend`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ points: TrendPoint[] }>) : null))
      .then((answer) => !stopped && answer && setPoints(answer.points))
      .catch(() => undefined);
    return () => {
      stopped = true;
    };
  }, [cik]);
  if (!points || points.length === 0) return null;
  const width = 72;
  const height = 18;
  const x = (index: number) =>
    points.length === 1 ? width / 2 : 2 + (index * (width - 4)) / (points.length - 1);
  const y = (value: number) => 2 + (1 - value) * (height - 4);
  const label = `Risk factors kept year over year: ${points
    .map(
      (point) =>
        `${point.year} ${Math.round(point.scores.simple * 100)}% (${point.added} new, ${point.removed} removed)`,
    )
    .join("; ")}`;
  return (
    <Link
      href={`/companies/${cik.replace(/^0+/, "")}`}
      aria-label={label}
      title={label}
      className="inline-flex items-center"
    >
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden
        className="text-sky-700 dark:text-sky-400"
      >
        {points.length === 1 ? (
          <circle cx={x(0)} cy={y(points[0]!.scores.simple)} r={2} fill="currentColor" />
        ) : (
          <path
            d={points
              .map((point, index) => `${index ? "L" : "M"}${x(index)},${y(point.scores.simple)}`)
              .join(" ")}
            fill="none"
            stroke="currentColor"
            strokeWidth={1.5}
          />
        )}
      </svg>
    </Link>
  );
}
