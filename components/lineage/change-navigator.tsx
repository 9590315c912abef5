"use client";

import { useEffect, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The changes a page lists, in order: elements carrying `data-change`. */
const changes = () => Array.from(document.querySelectorAll<HTMLElement>("[data-change]"));

/**
 * Keyboard navigation between the changes of a comparison: `n` (or `j`) the next change, `p`
 * (or `k`) the previous, each focused and scrolled to, its position said in a live region;
 * also as two buttons. Keys typed into a field are left alone.
 */
export function ChangeNavigator({ count }: { count: number }) {
  const [position, setPosition] = useState<number | null>(null);
  const hydrated = useHydrated();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        target?.closest("input, textarea, select, [contenteditable]")
      )
        return;
      if (event.key === "n" || event.key === "j") move(1);
      else if (event.key === "p" || event.key === "k") move(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  function move(step: 1 | -1) {
    const all = changes();
    if (all.length === 0) return;
    const current = all.findIndex(
      (change) => change === document.activeElement || change.contains(document.activeElement),
    );
    const next =
      current === -1
        ? step === 1
          ? 0
          : all.length - 1
        : Math.min(all.length - 1, Math.max(0, current + step));
    const change = all[next]!;
    change.focus();
    change.scrollIntoView({ block: "start" });
    history.replaceState(null, "", `#${change.id}`);
    setPosition(next);
  }

  if (count === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        disabled={!hydrated}
        onClick={() => move(-1)}
        className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700"
      >
        Previous change <kbd className="ml-1 text-xs text-stone-500">p</kbd>
      </button>
      <button
        type="button"
        disabled={!hydrated}
        onClick={() => move(1)}
        className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700"
      >
        Next change <kbd className="ml-1 text-xs text-stone-500">n</kbd>
      </button>
      <span aria-live="polite" className="text-stone-600 dark:text-stone-400">
        {position === null ? `${count} changes` : `Change ${position + 1} of ${count}`}
      </span>
    </div>
  );
}
