import type { ReactNode } from "react";

/**
 * One of the reader's tools in its toolbar: a button-like summary that opens its panel over
 * the text below the toolbar (the panel is placed against the toolbar, its nearest positioned
 * box), so opening a tool, or the tools arriving after the page paints, never moves the filing.
 */
export function ToolPanel({
  summary,
  children,
  open,
  tone = "plain",
}: {
  summary: ReactNode;
  children: ReactNode;
  /** Kept open (after a save or a failure, with its message); otherwise the reader's choice. */
  open?: boolean;
  /** "notice" marks a tool that has something new for the reader (notes carried from last year). */
  tone?: "plain" | "notice";
}) {
  return (
    <details className="group shrink-0" open={open || undefined} data-tool-panel>
      <summary
        className={`flex cursor-pointer list-none items-center gap-1 rounded-md border px-2.5 py-1 font-medium [&::-webkit-details-marker]:hidden ${
          tone === "notice"
            ? "border-amber-300 bg-amber-50 group-open:bg-amber-100 dark:border-amber-800 dark:bg-amber-950/60 dark:group-open:bg-amber-900/60"
            : "border-stone-300 bg-white group-open:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:group-open:bg-stone-800"
        }`}
      >
        {summary}
        <span aria-hidden className="text-xs group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute inset-x-0 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto whitespace-normal rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900">
        {children}
      </div>
    </details>
  );
}
