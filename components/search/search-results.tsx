import Link from "next/link";
import { splitSnippet } from "@/lib/search/query";
import type { SearchHit } from "@/lib/search/hits";

const kindLabels: Record<string, string> = {
  sectionHeading: "Section",
  groupHeader: "Heading",
  riskTitle: "Risk factor",
  paragraph: "Text",
  listItem: "Text",
};

/** Where a hit opens: a passage's block link, or a note's share link (thread open). */
function searchHitHref(hit: SearchHit): string {
  if (hit.kind === "passage") return `/filings/${hit.filing.slug}#${hit.blockId}`;
  return `/a/${hit.annotationId}`;
}

/** The snippet with matched words in <mark>; text only, never HTML. */
function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {splitSnippet(snippet).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** A ranked list of search hits, each linking to its passage or note. */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
      {hits.map((hit) => {
        const what =
          hit.kind === "passage"
            ? (kindLabels[hit.blockKind ?? ""] ?? "Text")
            : hit.kind === "annotation"
              ? `${hit.label} note by ${hit.authorName ?? "someone"}`
              : `Reply by ${hit.authorName ?? "someone"} on a ${hit.label} note`;
        return (
          <li key={`${hit.kind}-${hit.blockId ?? hit.commentId ?? hit.annotationId}`} className="search-hit">
            <Link
              href={searchHitHref(hit)}
              className="block px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50 dark:hover:bg-stone-900/60 dark:focus-visible:bg-stone-900/60"
            >
              <span className="flex flex-wrap items-baseline gap-x-2 text-xs text-stone-600 dark:text-stone-400">
                <span className="font-medium uppercase tracking-wide">{what}</span>
                <span>
                  {hit.filing.company} · Form {hit.filing.form}
                  {hit.filing.fiscalYear ? ` · FY${hit.filing.fiscalYear}` : ""}
                </span>
              </span>
              <span
                className={`mt-1 block ${hit.blockKind === "riskTitle" ? "font-serif font-semibold" : ""} text-stone-900 dark:text-stone-100`}
              >
                <Snippet snippet={hit.snippet} />
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
