"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { offsetsToRanges } from "./text-offsets";
import type { ReaderAnnotation } from "./types";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";

/**
 * Below the margin's width, the open note as a sheet along the bottom of the screen (its
 * card, links and thread), with its passage scrolled above it so the reader sees both.
 * Escape or Close shuts it and gives the focus back to where it was.
 */
export function NoteSheet({
  annotation,
  onClose,
  children,
}: {
  annotation: ReaderAnnotation;
  onClose: () => void;
  children: ReactNode;
}) {
  const sheet = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus({ preventScroll: true });
    return () => {
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [annotation.id]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);
  // The passage above the sheet: scrolled so its first line sits a third of the way down
  // whatever room the sheet leaves.
  const anchor = annotation.anchor;
  useEffect(() => {
    if (anchor.status !== "anchored") return;
    const frame = window.requestAnimationFrame(() => {
      const root = document.querySelector(READER_SELECTOR.filingText);
      const passage = root
        ? offsetsToRanges(root, anchor.start, anchor.end)[0]?.getBoundingClientRect()
        : null;
      const top = sheet.current?.getBoundingClientRect().top;
      if (!passage || top === undefined) return;
      if (passage.top < 8 || passage.bottom > top - 8) window.scrollBy({ top: passage.top - top / 3 });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [anchor]);
  return (
    <div
      ref={sheet}
      role="dialog"
      aria-label="Note"
      className="no-print fixed inset-x-0 bottom-0 z-50 max-h-[55dvh] overflow-y-auto rounded-t-xl border-t border-stone-300 bg-stone-50 p-3 shadow-2xl xl:hidden dark:border-stone-700 dark:bg-stone-950"
    >
      <div className="mb-2 flex items-center justify-between">
        <h2 className="text-sm font-semibold">Note</h2>
        <button
          ref={close}
          type="button"
          onClick={onClose}
          className="rounded-md border border-stone-300 px-2 py-1 text-xs font-medium dark:border-stone-700"
        >
          Close
        </button>
      </div>
      <ul className="text-sm">{children}</ul>
    </div>
  );
}
