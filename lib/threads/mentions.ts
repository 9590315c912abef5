/**
 * @mentions in comment Markdown. Only handles that exist are reported, so a typo notifies no
 * one, and code, e-mail addresses and URLs are skipped so that `@decorator`, bob@example.com
 * and https://medium.com/@someone mention nobody.
 */

/** A valid handle: 2 to 32 of a-z, 0-9, ".", "_" and "-", compared case-insensitively. */
const HANDLE_PATTERN = /^[a-z0-9._-]{2,32}$/i;

/** One mention: the handle as spelled in `knownHandles`, and [start, end) of "@handle" in the Markdown. */
export interface Mention {
  handle: string;
  start: number;
  end: number;
}

/** True when `handle` is a well-formed handle. */
export function isValidHandle(handle: string): boolean {
  return HANDLE_PATTERN.test(handle);
}

const CANDIDATE = /@([a-z0-9._-]+)/gi;
/** Before "@": these make it part of an e-mail address, a URL path, an escape or a longer word. */
const NOT_BEFORE = /[\p{L}\p{N}\p{M}.%+\-@/\\]/u;
/** After the handle: these make it part of a longer word or of an address like @a@b.c. */
const NOT_AFTER = /[\p{L}\p{N}\p{M}@]/u;

/**
 * The mentions of `knownHandles` in `markdown`, in order, one per occurrence (a handle named
 * twice appears twice; see `mentionedHandles` for the distinct ones). Matching ignores case.
 * Skipped: fenced code blocks and inline code spans, e-mail addresses, "@" inside URLs or
 * words, escaped "\@", and handles not in `knownHandles`. Trailing ".", "_" or "-" that would
 * make an unknown handle of a known one ("@jane.doe.", "_@jane_") is read as punctuation.
 * Indented code blocks are not recognised: they are rare in comments, and telling them from
 * list continuations needs a full Markdown parser.
 */
export function parseMentions(markdown: string, knownHandles: readonly string[]): Mention[] {
  const known = new Map<string, string>();
  for (const handle of knownHandles) {
    const key = handle.toLowerCase();
    if (isValidHandle(handle) && !known.has(key)) known.set(key, handle);
  }
  if (known.size === 0 || !markdown.includes("@")) return [];

  const code = codeRanges(markdown);
  const mentions: Mention[] = [];
  let nextCode = 0;
  for (const match of markdown.matchAll(CANDIDATE)) {
    const at = match.index;
    while (nextCode < code.length && code[nextCode]!.end <= at) nextCode++;
    if (nextCode < code.length && code[nextCode]!.start <= at) continue;

    const before = at > 0 ? markdown[at - 1]! : "";
    if (before && NOT_BEFORE.test(before)) continue;

    const run = match[1]!;
    const afterAt = at + 1 + run.length;
    const after = markdown[afterAt] ?? "";
    if (after && NOT_AFTER.test(after)) continue;

    let name = run;
    let handle = known.get(name.toLowerCase());
    if (handle === undefined) {
      // Sentence punctuation or emphasis ("@jane.", "_@jane_") rather than part of the handle.
      name = run.replace(/[._-]+$/, "");
      handle = known.get(name.toLowerCase());
    }
    if (handle === undefined) continue;
    mentions.push({ handle, start: at, end: at + 1 + name.length });
  }
  return mentions;
}

/** The distinct handles mentioned, in order of first mention: whom to notify. */
export function mentionedHandles(markdown: string, knownHandles: readonly string[]): string[] {
  return [...new Set(parseMentions(markdown, knownHandles).map((m) => m.handle))];
}

interface Range {
  start: number;
  end: number;
}

const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$/;

/** Fenced code blocks and inline code spans of `markdown`, sorted and disjoint. */
export function codeRanges(markdown: string): Range[] {
  const ranges: Range[] = [];
  let fence: { char: string; length: number; start: number } | null = null;
  // Text between fences, split at blank lines: a code span never crosses a paragraph.
  let proseStart = 0;

  let lineStart = 0;
  while (lineStart <= markdown.length) {
    const newline = markdown.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? markdown.length : newline;
    const line = markdown.slice(lineStart, lineEnd).replace(/\r$/, "");
    const next = newline === -1 ? markdown.length + 1 : newline + 1;

    if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) {
        ranges.push({ start: fence.start, end: lineEnd });
        fence = null;
        proseStart = Math.min(next, markdown.length);
      }
    } else {
      const open = FENCE_OPEN.exec(line);
      // A backtick fence's info string may not contain backticks (it would be a code span).
      if (open && !(open[1]![0] === "`" && open[2]!.includes("`"))) {
        ranges.push(...codeSpans(markdown, proseStart, lineStart));
        fence = { char: open[1]![0]!, length: open[1]!.length, start: lineStart };
      } else if (line.trim() === "") {
        ranges.push(...codeSpans(markdown, proseStart, lineStart));
        proseStart = Math.min(next, markdown.length);
      }
    }
    lineStart = next;
  }
  if (fence) ranges.push({ start: fence.start, end: markdown.length });
  else ranges.push(...codeSpans(markdown, proseStart, markdown.length));
  return ranges;
}

/**
 * Inline code spans in markdown[from, to), after CommonMark: a run of n backticks opens a span
 * that the next run of exactly n backticks closes; without one, the backticks are literal.
 * A backslash escapes a backtick outside code.
 */
function codeSpans(markdown: string, from: number, to: number): Range[] {
  const spans: Range[] = [];
  let i = from;
  while (i < to) {
    const open = markdown.indexOf("`", i);
    if (open === -1 || open >= to) break;
    let runEnd = open;
    while (runEnd < to && markdown[runEnd] === "`") runEnd++;
    if (isEscaped(markdown, open, from)) {
      i = open + 1; // The escaped backtick is literal; the rest of the run may still open a span.
      continue;
    }
    const length = runEnd - open;
    const close = findRun(markdown, runEnd, to, length);
    if (close === -1) {
      i = runEnd;
      continue;
    }
    spans.push({ start: open, end: close + length });
    i = close + length;
  }
  return spans;
}

/** True when the character at `i` follows an odd number of backslashes. */
function isEscaped(text: string, i: number, from: number): boolean {
  let backslashes = 0;
  for (let j = i - 1; j >= from && text[j] === "\\"; j--) backslashes++;
  return backslashes % 2 === 1;
}

/** Start of the next run of exactly `length` backticks in text[from, to), or -1. */
function findRun(text: string, from: number, to: number, length: number): number {
  let i = from;
  while (i < to) {
    const start = text.indexOf("`", i);
    if (start === -1 || start >= to) return -1;
    let end = start;
    while (end < to && text[end] === "`") end++;
    if (end - start === length) return start;
    i = end;
  }
  return -1;
}
