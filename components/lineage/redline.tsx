import type { RedlineRun } from "@/lib/lineage/redline";

const MARKS = {
  deleted: {
    Tag: "del",
    said: "deleted",
    className: "bg-red-50 text-red-900 decoration-2 dark:bg-red-950/60 dark:text-red-200",
  },
  inserted: {
    Tag: "ins",
    said: "inserted",
    className:
      "bg-emerald-50 text-emerald-900 underline decoration-2 underline-offset-2 dark:bg-emerald-950/60 dark:text-emerald-200",
  },
} as const;

/**
 * A redline as text: deletions struck through, insertions underlined (not by colour alone),
 * each announced to screen readers and printed with its marks.
 */
export function Redline({ runs }: { runs: readonly RedlineRun[] }) {
  return (
    <p className="whitespace-pre-wrap font-serif leading-relaxed">
      {runs.map((run, index) => {
        if (run.kind === "same") return run.text;
        const { Tag, said, className } = MARKS[run.kind];
        return (
          <Tag key={index} className={className}>
            <span className="sr-only"> [{said}: </span>
            {run.text}
            <span className="sr-only">] </span>
          </Tag>
        );
      })}
    </p>
  );
}
