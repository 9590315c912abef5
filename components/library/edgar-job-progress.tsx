"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

interface JobStatus {
  state: "queued" | "running" | "retrying" | "done" | "failed";
  stage: "queued" | "finding" | "downloading" | "analysing" | "storing" | "done";
  progress: number;
  message: string | null;
  request: { edgar: string };
  filings: Array<{ slug: string }>;
}

const STAGE_LABELS: Record<JobStatus["stage"], string> = {
  queued: "Waiting to start",
  finding: "Finding the filing on EDGAR",
  downloading: "Downloading",
  analysing: "Analysing",
  storing: "Storing",
  done: "Imported",
};

/**
 * One EDGAR import job's progress, read from /api/v1/jobs/<id> once a second until it ends:
 * its stage and a progress bar, then a link to the filing (and the library is refreshed), or
 * why it failed.
 */
export function EdgarJobProgress({ id, label }: { id: string; label: string }) {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  const router = useRouter();
  const finished = status?.state === "done" || status?.state === "failed";

  useEffect(() => {
    if (finished) return;
    let stopped = false;
    const read = async () => {
      try {
        const response = await fetch(`/api/v1/jobs/${id}`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as JobStatus;
        if (stopped) return;
        setUnreachable(false);
        setStatus(next);
        if (next.state === "done") router.refresh();
      } catch {
        if (!stopped) setUnreachable(true);
      }
    };
    void read();
    const timer = setInterval(() => void read(), 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id, finished, router]);

  const progress = status?.progress ?? 0;
  return (
    <li className="space-y-1 rounded-md border border-stone-200 p-3 text-sm dark:border-stone-800">
      <p className="flex flex-wrap justify-between gap-2">
        <span className="font-medium">{label}</span>
        <span aria-live="polite" className="text-stone-600 dark:text-stone-400">
          {status
            ? status.state === "failed"
              ? "Failed"
              : `${STAGE_LABELS[status.stage]} · ${progress}%`
            : "Queued"}
        </span>
      </p>
      {status?.state !== "failed" && status?.state !== "done" && (
        <div
          role="progressbar"
          aria-label={`Importing ${label}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress}
          className="h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
        >
          <div
            className="h-full rounded-full bg-sky-700 transition-[width] dark:bg-sky-400"
            style={{ width: `${progress}%` }}
          />
        </div>
      )}
      {status?.state === "retrying" && status.message && (
        <p className="text-amber-800 dark:text-amber-300">{status.message}</p>
      )}
      {status?.state === "failed" && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {status.message ?? "The import failed."}
        </p>
      )}
      {status?.state === "done" &&
        status.filings.map((filing) => (
          <p key={filing.slug}>
            <Link href={`/filings/${filing.slug}`} className="font-medium underline">
              Open {label}
            </Link>
          </p>
        ))}
      {unreachable && !finished && (
        <p className="text-stone-600 dark:text-stone-400">The server cannot be reached; still trying…</p>
      )}
    </li>
  );
}
