import { anchor, prepareText, type PreparedText } from "@/lib/anchoring";

export interface StoredSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  textHash: string;
  /** Set when a replacement of the text found the quote nowhere (see updateFilingAnalysis). */
  orphanedAt?: Date | null;
}

export type ResolvedAnchor =
  { status: "anchored"; start: number; end: number; changed: boolean } | { status: "orphan" };

/**
 * Where each annotation sits in the filing's current text. A replacement of the text anchors
 * every note again and stores the result, so offsets indexing this very text (same hash) are
 * trusted as they are ("changed" when the text there is not the quote as written: it was
 * found by a fuzzy match), and a stored orphan stays one. Only rows stored before that (an
 * older hash) are anchored again here (position, quote, fuzzy); what cannot be found is an
 * orphan — listed, never dropped.
 */
export function resolveAnchors<T extends StoredSelectors>(
  text: string,
  textHash: string,
  annotations: T[],
): Array<T & { anchor: ResolvedAnchor }> {
  let prepared: PreparedText | undefined;
  return annotations.map((annotation) => {
    if (annotation.orphanedAt) return { ...annotation, anchor: { status: "orphan" } };
    const { start, end } = annotation;
    if (annotation.textHash === textHash && 0 <= start && start < end && end <= text.length)
      return {
        ...annotation,
        anchor: { status: "anchored", start, end, changed: text.slice(start, end) !== annotation.exact },
      };
    prepared ??= prepareText(text);
    const result = anchor(prepared, {
      quote: { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix },
      position: { start: annotation.start, end: annotation.end },
    });
    return {
      ...annotation,
      anchor:
        result.status === "orphan"
          ? { status: "orphan" }
          : { status: "anchored", start: result.start, end: result.end, changed: true },
    };
  });
}
