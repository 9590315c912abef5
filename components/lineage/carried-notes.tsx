"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { CarriedNote } from "@/lib/lineage/carried-note";
import { ToolPanel } from "@/components/ui/tool-panel";

interface Carried {
  from: { slug: string; title: string; fiscalYear: number | null } | null;
  notes: CarriedNote[];
}

/** What became of the note's risk factor, in words. */
function fate(note: CarriedNote): string {
  if (!note.toRisk) return "Its risk factor is gone this year";
  const where = note.anchor ? "" : " (its passage is gone: it sits on the title)";
  if (note.status === "unchanged" || note.status === "moved") return `Same risk this year${where}`;
  return `Its risk factor was ${note.status === "changed" ? "reworded" : note.status} this year${where}`;
}

/**
 * Last year's notes the reader may see, carried to this year's risk factors ("carried from
 * FY2008"): read after the page paints, and only when the library holds last year's report
 * (`fromReport`, from the reader's start); never copied — each links to its own thread, where
 * replies continue. Nothing is shown when there is nothing to carry.
 */
export function CarriedNotes({ filingSlug, fromReport }: { filingSlug: string; fromReport: string | null }) {
  const [carried, setCarried] = useState<Carried | null>(null);
  useEffect(() => {
    if (!fromReport) return;
    let stopped = false;
    void fetch(`/api/filings/${encodeURIComponent(filingSlug)}/carried-notes`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<Carried>) : null))
      .then((answer) => !stopped && answer && setCarried(answer))
      .catch(() => undefined);
    return () => {
      stopped = true;
    };
  }, [filingSlug, fromReport]);
  if (!carried?.from || carried.notes.length === 0) return null;
  const year = carried.from.fiscalYear ? `FY${carried.from.fiscalYear}` : carried.from.title;
  return (
    <ToolPanel
      tone="notice"
      summary={`${carried.notes.length} ${carried.notes.length === 1 ? "note" : "notes"} carried from ${year}`}
    >
      <ul aria-label={`Notes carried from ${year}`} className="space-y-3">
        {carried.notes.map((note) => (
          <li
            key={note.id}
            className="space-y-1 rounded-md border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
          >
            <p className="flex flex-wrap gap-x-2 text-xs text-stone-600 dark:text-stone-400">
              <span className="font-semibold uppercase tracking-wide">{note.label}</span>
              <span>
                {note.authorName} · carried from {year}
                {note.workspaceName ? ` · ${note.workspaceName}` : " · private"}
              </span>
            </p>
            <blockquote className="border-l-2 border-stone-300 pl-2 italic dark:border-stone-700">
              {note.exact}
            </blockquote>
            {note.note && <p className="line-clamp-3 whitespace-pre-wrap">{note.note}</p>}
            <p className="text-stone-600 dark:text-stone-400">{fate(note)}</p>
            <p className="flex flex-wrap gap-3">
              {note.toRisk && (
                <a href={`#${note.toRisk.blockId}`} className="underline">
                  On “{note.toRisk.title}”
                </a>
              )}
              <Link href={`/a/${note.id}`} className="underline">
                Open the thread
                {note.replies ? ` (${note.replies} ${note.replies === 1 ? "reply" : "replies"})` : ""}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </ToolPanel>
  );
}
