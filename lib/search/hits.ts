/**
 * What a search finds, as the data layer returns it and the results page shows it (one
 * definition shared by server and components).
 */
type SearchHitKind = "passage" | "annotation" | "comment";

export interface SearchHit {
  kind: SearchHitKind;
  filing: { slug: string; company: string; form: string; fiscalYear: number | null };
  /** The passage's block (for a passage hit) — its deep link. */
  blockId: string | null;
  blockKind: string | null;
  annotationId: string | null;
  commentId: string | null;
  label: string | null;
  authorName: string | null;
  start: number;
  end: number;
  rank: number;
  /** Text around the matched words, which are wrapped in SNIPPET_MARK_START/END. */
  snippet: string;
}

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
}
