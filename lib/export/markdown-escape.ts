/**
 * Puts untrusted text (notes, quotes, names) into a Markdown document as literal text: it reads
 * the same once rendered, but can never open a heading, list, quote, code block, table, HTML,
 * link or emphasis of its own. CommonMark lets a backslash escape any ASCII punctuation, so
 * escaping is always safe; it is limited to the characters that can start something.
 */

// Anywhere in a line: emphasis, code, links, autolinks/HTML, strikethrough, tables, entities.
const INLINE_SPECIAL = /[\\`*_[\]<>~|&#]/g;

/** One line of text as literal Markdown inline content (no line breaks in `text`). */
export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (char) => `\\${char}`);
}

/**
 * Escapes one line that will start a line of Markdown: also the characters that only mean
 * something there (list bullets, ordered-list numbers, setext underlines). Leading and
 * trailing whitespace go: four spaces would open a code block, two trailing a line break.
 */
function escapeMarkdownLineStart(line: string): string {
  const escaped = escapeMarkdownInline(line.trim());
  // ":-" alone under a line would make a one-column table delimiter row.
  return escaped.replace(/^([-+=:])/, "\\$1").replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

/** A value for one line (a heading, a name): whitespace runs, newlines included, become one space. */
export function markdownInlineText(text: string): string {
  return escapeMarkdownInline(text.replace(/\s+/g, " ").trim());
}

/**
 * Multi-line text as Markdown lines, to be prefixed (indentation, "> ") by the caller: line
 * breaks are kept as hard breaks, and blank lines as one paragraph break. Returns [] for text
 * with nothing to show.
 */
export function markdownTextLines(text: string): string[] {
  const lines = text
    .replaceAll("\u0000", "")
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLineStart);
  const out: string[] = [];
  for (const line of lines) {
    if (line === "") {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      continue;
    }
    const last = out.length - 1;
    // A backslash at the end of a line is a hard break; the line's own backslashes are escaped.
    if (last >= 0 && out[last] !== "") out[last] += "\\";
    out.push(line);
  }
  if (out[out.length - 1] === "") out.pop();
  return out;
}
