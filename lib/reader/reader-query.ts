import { anchor } from "@/lib/anchoring";

/** The reader's URL query as Next gives it: any parameter may be absent, or repeated. */
export type ReaderSearchParams = Partial<Record<string, string | string[]>>;

/** What the reader's URL asks for, checked and bounded. */
export interface ReaderQuery {
  /** A note to open (`?annotation=`). */
  openNoteId: string | null;
  /** A selection link's passage (`?quote=&prefix=&suffix=`), "missing" when it is no longer in the text. */
  sharedSelection: { start: number; end: number } | "missing" | null;
  /** Muted risk groups and figure kinds (`?hide=grp-legal,fig-date`). */
  hidden: string[];
  /** The import found the filing already in the library (`?already=1`). */
  alreadyImported: boolean;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Reads the reader's query against the filing's text: a selection link's passage is found by
 * the same anchoring as notes (quote bounded to 5,000 characters, context to 200), and only
 * well-formed hide tokens are kept.
 */
export function parseReaderQuery(query: ReaderSearchParams, text: string): ReaderQuery {
  const quote = first(query.quote)?.slice(0, 5_000);
  let sharedSelection: ReaderQuery["sharedSelection"] = null;
  if (quote) {
    const found = anchor(text, {
      quote: {
        exact: quote,
        prefix: first(query.prefix)?.slice(0, 200),
        suffix: first(query.suffix)?.slice(0, 200),
      },
    });
    sharedSelection = found.status === "orphan" ? "missing" : { start: found.start, end: found.end };
  }
  const hide = Array.isArray(query.hide) ? query.hide.join(",") : (query.hide ?? "");
  return {
    openNoteId: first(query.annotation) ?? null,
    sharedSelection,
    hidden: hide.split(",").filter((token) => /^(grp|fig)-[a-z-]+$/i.test(token)),
    alreadyImported: Boolean(first(query.already)),
  };
}
