/**
 * Entry to the importers: refuses unreadable input, tells plain text from HTML (by file name,
 * content type, then by sniffing), unwraps EDGAR full submissions, and returns source blocks.
 */
import { Parser } from "htmlparser2";
import { decodeEntities, normalizeCharacters } from "./canonical";
import { FilingReadError } from "./errors";
import { importHtml } from "./import-html";
import { importPlainText } from "./import-text";
import { looksLikeSubmission, mainDocument, parseSubmission } from "./sgml";
import type { SourceBlock } from "./source-block";

/** What the importers found: blocks in order, plus header facts for the metadata. */
export interface ImportedFiling {
  blocks: SourceBlock[];
  format: "text" | "html";
  /** EDGAR submission header fields, when the input was a full submission. */
  submissionHeader?: Map<string, string>;
  /** The HTML <title>, when there was one. */
  htmlTitle?: string;
  /** Inline XBRL cover facts (company, form, fiscal year), when the HTML had them. */
  coverFacts?: Map<string, string>;
}

/** Input as the app and the CLI receive it. */
export interface FilingInput {
  content: string;
  fileName?: string;
  contentType?: string;
}

const BINARY_SIGNATURES = [
  "%PDF-",
  "PK\u0003\u0004",
  "\u0089PNG",
  "‰PNG",
  "GIF87a",
  "GIF89a",
  "\u00ff\u00d8\u00ff",
  "\u007fELF",
  "\u00d0\u00cf\u0011\u00e0",
];

/**
 * Throws FilingReadError("empty") for nothing but whitespace, and ("binary") for content that
 * is not text: a known file signature, NUL bytes, or many control or replacement characters.
 */
function assertReadable(content: string): void {
  if (content.trim().length === 0) throw new FilingReadError("empty");
  const sample = content.slice(0, 65536);
  if (BINARY_SIGNATURES.some((signature) => sample.startsWith(signature)))
    throw new FilingReadError("binary");
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) throw new FilingReadError("binary");
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
    else if (code === 0xfffd) replacement++;
  }
  if (control > sample.length * 0.01 + 2 || replacement > sample.length * 0.05 + 2)
    throw new FilingReadError("binary");
}

/** HTML tags that plain text and SGML text never contain. */
const HTML_TAGS = new Set([
  "html",
  "body",
  "head",
  "p",
  "div",
  "font",
  "br",
  "b",
  "i",
  "u",
  "span",
  "td",
  "tr",
  "a",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "center",
  "hr",
  "strong",
  "em",
  "sup",
  "sub",
  "img",
  "style",
  "script",
  "meta",
  "title",
  "blockquote",
  "pre",
]);

/**
 * Sniffs HTML by parsing the start of the content: one genuine HTML tag is enough, since plain
 * text filings have none (SGML's <TABLE>, <S>, <C>, <PAGE> are not counted), and script or
 * style must never be read as text.
 */
function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 32768);
  const start = head.trimStart().slice(0, 200).toLowerCase();
  if (
    start.startsWith("<!doctype html") ||
    start.startsWith("<html") ||
    (start.startsWith("<?xml") && head.toLowerCase().includes("<html"))
  )
    return true;
  let found = false;
  const parser = new Parser({
    onopentag(name) {
      if (HTML_TAGS.has(name)) found = true;
    },
  });
  parser.write(head);
  parser.end();
  return found;
}

function formatOf(input: FilingInput, content: string): "text" | "html" {
  const name = input.fileName?.toLowerCase() ?? "";
  const type = input.contentType?.toLowerCase() ?? "";
  if (/\.x?html?$/.test(name) || type.includes("html")) return "html";
  if (/\.txt$/.test(name) || type.startsWith("text/plain")) {
    // EDGAR .txt may still be an HTML document saved under a .txt name.
    return looksLikeHtml(content) && !looksLikeSubmission(content) && content.trimStart().startsWith("<")
      ? "html"
      : "text";
  }
  return looksLikeHtml(content) && !looksLikeSubmission(content) ? "html" : "text";
}

function importDocument(content: string, format: "text" | "html"): Omit<ImportedFiling, "format"> {
  if (format === "html") {
    const html = importHtml(content);
    return { blocks: html.blocks, htmlTitle: html.title, coverFacts: html.coverFacts };
  }
  return { blocks: importPlainText(normalizeCharacters(decodeEntities(content))) };
}

/** Reads a filing's content into source blocks, whatever its format. */
export function importFiling(input: FilingInput): ImportedFiling {
  const content = input.content;
  assertReadable(content);
  if (looksLikeSubmission(content)) {
    const submission = parseSubmission(normalizeCharacters(content));
    const document = mainDocument(submission);
    if (document !== undefined) {
      const format = looksLikeHtml(document.text) ? "html" : "text";
      return { ...importDocument(document.text, format), format, submissionHeader: submission.header };
    }
  }
  const format = formatOf(input, content);
  return { ...importDocument(content, format), format };
}
