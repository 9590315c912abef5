import { anchor, describeSelection, prepareText } from "@/lib/anchoring";
import type { ImportedAnnotation } from "./import-web-annotations";

/** An imported annotation placed in a filing's text, with its thread, ready to store. */
export interface ImportAnnotationRow {
  label: string;
  note: string;
  tags: string[];
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  /** Replies in thread order (parents first); `key` and `parentKey` link them within the row. */
  replies: Array<{ key: string; parentKey: string | null; body: string }>;
}

/**
 * Anchors imported annotations in a filing's text (its position if the quote is still there,
 * else the quote found by context, else a fuzzy match) and takes fresh selectors there. An
 * annotation that cannot be anchored is an error naming it (callers then store nothing).
 */
export function anchorImported(
  text: string,
  annotations: ImportedAnnotation[],
): { ok: true; rows: ImportAnnotationRow[] } | { ok: false; errors: string[] } {
  const prepared = prepareText(text);
  const errors: string[] = [];
  const rows = annotations.map((annotation, index) => {
    const found = anchor(prepared, {
      quote: { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix },
      position:
        annotation.start !== null && annotation.end !== null
          ? { start: annotation.start, end: annotation.end }
          : null,
    });
    if (found.status === "orphan") {
      errors.push(
        `annotation ${index + 1} (“${annotation.exact.slice(0, 60)}”): its quote is not in this filing's text`,
      );
      return null;
    }
    const { quote, position } = describeSelection(text, found.start, found.end);
    const keys = new Set(
      annotation.replies.map((reply, replyIndex) => reply.sourceId ?? `reply-${replyIndex}`),
    );
    return {
      label: annotation.label,
      note: annotation.note,
      tags: annotation.tags,
      selector: {
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        start: position.start,
        end: position.end,
      },
      // A reply to a reply the file does not hold becomes a reply to the annotation itself.
      replies: annotation.replies.map((reply, replyIndex) => ({
        key: reply.sourceId ?? `reply-${replyIndex}`,
        parentKey: reply.parentSourceId && keys.has(reply.parentSourceId) ? reply.parentSourceId : null,
        body: reply.body,
      })),
    };
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rows: rows.filter((row) => row !== null) };
}
