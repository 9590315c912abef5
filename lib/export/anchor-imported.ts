import {
  anchor,
  describeSelection,
  prepareText,
  type AnchorResult,
  type PreparedText,
} from "@/lib/anchoring";
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

/** How long placing one import may take, and how many annotations one import may hold. */
export const IMPORT_LIMITS = {
  /** Whole import: exact matches, then approximate ones until this many ms have passed. */
  budgetMs: 3_000,
  annotations: 2_000,
} as const;

/** Why an import could not be placed. */
export type AnchorImportedFailure =
  | { ok: false; reason: "unplaced"; errors: string[] }
  | { ok: false; reason: "too-slow"; errors: string[]; placed: number; total: number };

/**
 * Anchors imported annotations in a filing's text (its position if the quote is still there,
 * else the quote found by context, else a fuzzy match) and takes fresh selectors there. An
 * annotation that cannot be anchored is an error naming it (callers then store nothing).
 *
 * Bounded: every annotation is first placed by its position or an exact occurrence of its
 * quote (cheap); only those left over get the approximate search, one at a time, yielding to
 * the event loop between them (other requests keep being answered), until `budgetMs` has
 * passed. Then it gives up ("too-slow") rather than keep the server busy.
 * @param target the filing's text, or the same prepared once (kept with the cached filing, so
 * that its whitespace-collapsed view is not built again for every note)
 */
export async function anchorImported(
  target: string | PreparedText,
  annotations: ImportedAnnotation[],
  options: { budgetMs?: number; now?: () => number } = {},
): Promise<{ ok: true; rows: ImportAnnotationRow[] } | AnchorImportedFailure> {
  const now = options.now ?? (() => performance.now());
  const deadline = now() + (options.budgetMs ?? IMPORT_LIMITS.budgetMs);
  const prepared = typeof target === "string" ? prepareText(target) : target;
  const text = prepared.text;
  const selectorsOf = (annotation: ImportedAnnotation) => ({
    quote: { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix },
    position:
      annotation.start !== null && annotation.end !== null
        ? { start: annotation.start, end: annotation.end }
        : null,
  });
  const found: (AnchorResult | undefined)[] = annotations.map((annotation) => {
    const result = anchor(prepared, selectorsOf(annotation), { fuzzy: false });
    return result.status === "orphan" ? undefined : result;
  });
  let unplaced = 0;
  for (const [index, annotation] of annotations.entries()) {
    if (found[index] !== undefined) continue;
    if (now() > deadline) {
      unplaced++;
      continue;
    }
    // Let the server answer others between two searches.
    await new Promise((resolve) => setImmediate(resolve));
    found[index] = anchor(prepared, selectorsOf(annotation));
  }
  if (unplaced > 0) {
    const total = annotations.length;
    return {
      ok: false,
      reason: "too-slow",
      placed: total - unplaced,
      total,
      errors: [
        `Placing these annotations took too long: ${unplaced} of ${total} could not be looked for in the ` +
          `${((options.budgetMs ?? IMPORT_LIMITS.budgetMs) / 1000).toFixed(0)} s allowed (their quotes are not in ` +
          "this filing's text as written). Import them in smaller files, or into the filing they came from.",
      ],
    };
  }
  const errors: string[] = [];
  const rows = annotations.map((annotation, index) => {
    const place = found[index];
    if (!place || place.status === "orphan") {
      errors.push(
        `annotation ${index + 1} (“${annotation.exact.slice(0, 60)}”): its quote is not in this filing's text`,
      );
      return null;
    }
    const { quote, position } = describeSelection(text, place.start, place.end);
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
  if (errors.length > 0) return { ok: false, reason: "unplaced", errors };
  return { ok: true, rows: rows.filter((row) => row !== null) };
}
