/**
 * EDGAR full-submission files (.txt): an SGML wrapper with a header of "KEY: value" lines and
 * one <DOCUMENT> per file of the submission, each with <TYPE> and <TEXT>. Read line by line —
 * the wrapper is line-oriented SGML, not HTML.
 */

/** One document of a submission. */
export interface SubmissionDocument {
  type: string;
  fileName: string;
  text: string;
}

/** The header fields and documents of a full submission. */
export interface Submission {
  /** Header fields by upper-case key ("COMPANY CONFORMED NAME"); the first value wins. */
  header: Map<string, string>;
  documents: SubmissionDocument[];
}

/** Does the text start like an EDGAR submission (SGML header or <DOCUMENT> wrapper)? */
export function looksLikeSubmission(text: string): boolean {
  const head = text.slice(0, 8000).toUpperCase();
  return (
    head.includes("<SEC-DOCUMENT>") ||
    head.includes("<SEC-HEADER>") ||
    head.includes("<IMS-HEADER>") ||
    head.includes("CONFORMED SUBMISSION TYPE:") ||
    (head.includes("<DOCUMENT>") && head.includes("<TYPE>"))
  );
}

/** Splits a submission into its header fields and documents. */
export function parseSubmission(text: string): Submission {
  const header = new Map<string, string>();
  const documents: SubmissionDocument[] = [];
  let current: { type: string; fileName: string; lines: string[]; inText: boolean } | undefined;
  let inHeader = true;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    const upper = trimmed.toUpperCase();
    if (upper === "<DOCUMENT>") {
      inHeader = false;
      current = { type: "", fileName: "", lines: [], inText: false };
      continue;
    }
    if (current === undefined) {
      if (inHeader) readHeaderLine(trimmed, header);
      continue;
    }
    if (upper === "</DOCUMENT>") {
      documents.push({ type: current.type, fileName: current.fileName, text: current.lines.join("\n") });
      current = undefined;
      continue;
    }
    if (!current.inText) {
      if (upper.startsWith("<TYPE>")) current.type = trimmed.slice(6).trim().toUpperCase();
      else if (upper.startsWith("<FILENAME>")) current.fileName = trimmed.slice(10).trim();
      else if (upper.startsWith("<TEXT>")) {
        current.inText = true;
        const rest = trimmed.slice(6);
        if (rest.length > 0) current.lines.push(rest);
      }
      continue;
    }
    if (upper === "</TEXT>") {
      current.inText = false;
      continue;
    }
    current.lines.push(line);
  }
  if (current !== undefined)
    documents.push({ type: current.type, fileName: current.fileName, text: current.lines.join("\n") });
  return { header, documents };
}

function readHeaderLine(line: string, header: Map<string, string>): void {
  const colon = line.indexOf(":");
  if (colon <= 0) return;
  const key = line.slice(0, colon).trim().toUpperCase();
  const value = line.slice(colon + 1).trim();
  if (value.length === 0 || !/^[A-Z][A-Z0-9 -]*$/.test(key)) return;
  if (!header.has(key)) header.set(key, value);
}

const NOT_READABLE = /^(GRAPHIC|ZIP|EXCEL|PDF|XML|JSON|EX-101|XBRL)/;

/**
 * The filing's main document: the first whose type is the submission's form, else the first
 * that is not an exhibit, a graphic or a data file.
 */
export function mainDocument(submission: Submission): SubmissionDocument | undefined {
  const form = submission.header.get("CONFORMED SUBMISSION TYPE")?.toUpperCase();
  const readable = submission.documents.filter(
    (d) => !NOT_READABLE.test(d.type) && !/^begin [0-7]{3} /m.test(d.text.slice(0, 500)),
  );
  return (
    readable.find((d) => form !== undefined && d.type === form) ??
    readable.find((d) => !d.type.startsWith("EX-")) ??
    readable[0]
  );
}
