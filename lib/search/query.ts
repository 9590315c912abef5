import { storableText } from "@/lib/text/storable-text";
import { z } from "zod";
import { ANNOTATION_LABEL_NAMES } from "@/lib/annotations/labels";

/** Words kept from a query: more add little and cost a GIN lookup each. */
export const MAX_SEARCH_TERMS = 8;
const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 20;

const optionalText = z
  .string()
  .overwrite(storableText)
  .trim()
  .max(200)
  .optional()
  .transform((value) => value || undefined);

/** A form's empty select ("any") means the filter is absent. */
function emptyAsAbsent<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}

/**
 * A search as it arrives in a URL (`/search?q=…&filing=…`): every filter optional, unknown
 * values rejected with a message rather than silently ignored.
 */
export const searchParamsSchema = z.object({
  q: z
    .string()
    .overwrite(storableText)
    .trim()
    .max(MAX_QUERY_LENGTH, `Keep searches under ${MAX_QUERY_LENGTH} characters.`)
    .default(""),
  filing: optionalText,
  company: optionalText,
  form: optionalText,
  label: emptyAsAbsent(z.enum(ANNOTATION_LABEL_NAMES, { message: "Unknown label." })),
  author: optionalText,
  workspace: emptyAsAbsent(z.uuid("Unknown workspace.")),
  state: emptyAsAbsent(z.enum(["open", "resolved"], { message: "State is open or resolved." })),
  page: z.coerce.number().int().min(1).max(500).default(1),
});
export type SearchParams = z.output<typeof searchParamsSchema>;

/** Reads the first value of each known parameter (Next gives string | string[]). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) values[key] = first;
  }
  return values;
}

/**
 * The words of a query, each of which must match: letters and digits only (so no user input
 * reaches tsquery syntax), normalised, lower-cased, without repeats, at most MAX_SEARCH_TERMS.
 * Empty when there is nothing to find.
 */
export function searchWords(query: string): string[] {
  const words =
    query
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}

/** Whether a search filters on notes only (label, author, workspace, state): passages drop out. */
export function filtersNotesOnly(params: SearchParams): boolean {
  return Boolean(params.label || params.author || params.workspace || params.state);
}

/** The start and end marks ts_headline puts around matched words (private-use characters). */
export const SNIPPET_MARK_START = "\uE000";
export const SNIPPET_MARK_END = "\uE001";

/** A snippet split into plain and matched parts, for rendering with <mark> (never as HTML). */
export function splitSnippet(snippet: string): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  const pattern = new RegExp(`${SNIPPET_MARK_START}([^${SNIPPET_MARK_END}]*)${SNIPPET_MARK_END}`, "gu");
  let last = 0;
  for (const found of snippet.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: snippet.slice(last, found.index), match: false });
    parts.push({ text: found[1] ?? "", match: true });
    last = found.index + found[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts.filter((part) => part.text.length > 0);
}

/**
 * A note's snippet as readers see the note, without its Markdown syntax: "**No non-competes**:
 * see [NTT IR](https://…)" reads "No non-competes: see NTT IR". Works on fragments (a link cut
 * in half loses its dangling target) and keeps the match marks.
 */
export function markdownSnippetText(snippet: string): string {
  return (
    snippet
      // Links and images: their text; a target cut off at the fragment's end goes too.
      .replace(/!?\[([^\]]*)\]\([^)]*\)?/g, "$1")
      .replace(/\]\([^)\s]*\)?/g, "")
      // Headings, quotes and list markers at the start of a line or of the fragment.
      .replace(/(^|\n)[ \t]*(?:#{1,6}|>+|[-+*]|\d{1,3}[.)])[ \t]+/g, "$1")
      // Emphasis, strong, code and strike-through markers.
      .replace(/(\*\*|__|\*|~~|`+)(?=\S|\uE000)|(?<=\S|\uE001)(\*\*|__|\*|~~|`+)/g, "")
      .replace(/\s*\n\s*/g, " ")
  );
}
