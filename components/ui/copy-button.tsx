"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * A button that copies a text to the clipboard and says so in a live region; where the
 * clipboard is not available it shows the text to copy by hand.
 */
export function CopyButton({
  text,
  label,
  copiedMessage = "Copied",
  className = "rounded border border-stone-300 px-2 py-0.5 dark:border-stone-700",
}: {
  /** What to copy, or a function that builds it when clicked (a URL needs the window's origin). */
  text: string | (() => string);
  label: string;
  copiedMessage?: string;
  className?: string;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const hydrated = useHydrated();
  return (
    <>
      <button
        type="button"
        disabled={!hydrated}
        onClick={async () => {
          const value = typeof text === "function" ? text() : text;
          try {
            await navigator.clipboard.writeText(value);
            setStatus(copiedMessage);
          } catch {
            setStatus(value);
          }
        }}
        className={className}
      >
        {label}
      </button>
      <span aria-live="polite" className="break-all">
        {status}
      </span>
    </>
  );
}
