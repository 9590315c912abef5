"use client";

import { useEffect } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import {
  liftPassageAboveSheet,
  POPOVER_PLACEMENT,
  popoverPosition,
  selectionLink,
  type Draft,
} from "./annotate-popover";

/** A signed-out reader's popover: a link to the selection, to send a colleague. */
export function ShareSelection({ filingSlug, draft }: { filingSlug: string; draft: Draft }) {
  useEffect(() => liftPassageAboveSheet(draft), [draft]);
  const link = () => selectionLink(filingSlug, draft.exact, draft.prefix, draft.suffix);
  return (
    <div
      data-annotation-popover
      role="dialog"
      aria-label="Share the selection"
      className={`${POPOVER_PLACEMENT} w-72 space-y-2 rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-xl dark:border-stone-700 dark:bg-stone-900`}
      style={popoverPosition(draft)}
    >
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <CopyButton
          label="Copy link to selection"
          copiedMessage="Link copied"
          text={link}
          className="rounded-md border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-700"
        />
      </p>
    </div>
  );
}

/** Where the annotate form will be while its code loads (the first selection only). */
export function PopoverLoading({ draft }: { draft: Draft }) {
  useEffect(() => liftPassageAboveSheet(draft), [draft]);
  return (
    <div
      data-annotation-popover
      role="status"
      className={`${POPOVER_PLACEMENT} w-80 rounded-lg border border-stone-200 bg-white p-3 text-sm text-stone-600 shadow-xl dark:border-stone-700 dark:bg-stone-900 dark:text-stone-400`}
      style={popoverPosition(draft)}
    >
      Opening the note form…
    </div>
  );
}
