import { anchor, prepareText, type PreparedText } from "@/lib/anchoring";

export interface StoredSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  textHash: string;
}

export type ResolvedAnchor =
  { status: "anchored"; start: number; end: number; changed: boolean } | { status: "orphan" };

/**
 * Where each annotation sits in the filing's current text. Selectors taken on this very text
 * (same hash) are trusted as they are; others are anchored again (position, quote, fuzzy),
 * and what cannot be found is an orphan — listed, never dropped.
 */
export function resolveAnchors<T extends StoredSelectors>(
  text: string,
  textHash: string,
  annotations: T[],
): Array<T & { anchor: ResolvedAnchor }> {
  let prepared: PreparedText | undefined;
  return annotations.map((annotation) => {
    if (annotation.textHash === textHash && text.slice(annotation.start, annotation.end) === annotation.exact)
      return {
        ...annotation,
        anchor: { status: "anchored", start: annotation.start, end: annotation.end, changed: false },
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
