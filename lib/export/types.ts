/**
 * The plain shapes the exporters read. They carry no database or framework types, so a route,
 * a script or a test can build them; offsets are UTF-16 indices into the filing's canonical text.
 */

export interface ExportFiling {
  slug: string;
  company: string;
  form: string;
  fiscalYear: number | null;
}

export interface ExportComment {
  id: string;
  /** The comment this one replies to, or null for a top-level reply. */
  parentId: string | null;
  authorId: string;
  authorName: string;
  /** Markdown. */
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
}

export interface ExportAnnotation {
  id: string;
  filingSlug: string;
  label: string;
  /** Markdown; "" for a bare highlight. */
  note: string;
  tags: string[];
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets in the filing's current text (stored anew whenever the text is replaced). */
  start: number;
  end: number;
  /** The quote was found nowhere in the current text: `start`/`end` point at no passage. */
  orphaned: boolean;
  authorId: string;
  authorName: string;
  /** Null for a private annotation. */
  workspaceName: string | null;
  riskFactorTitle: string | null;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  comments: ExportComment[];
}

export interface ExportRiskFactor {
  ordinal: number;
  title: string;
  category: string;
  start: number;
  end: number;
}

/**
 * The risk factor whose [start, end) range holds `offset`, or undefined. When ranges overlap
 * (they should not) the one with the lowest ordinal wins, so the answer never depends on order.
 */
export function riskFactorAt<R extends ExportRiskFactor>(
  riskFactors: readonly R[],
  offset: number,
): R | undefined {
  let found: R | undefined;
  for (const riskFactor of riskFactors) {
    if (riskFactor.start <= offset && offset < riskFactor.end) {
      if (!found || riskFactor.ordinal < found.ordinal) found = riskFactor;
    }
  }
  return found;
}

/** The title of the risk factor holding `start` (see `riskFactorAt`), or null. */
export function riskFactorTitleAt(riskFactors: readonly ExportRiskFactor[], start: number): string | null {
  return riskFactorAt(riskFactors, start)?.title ?? null;
}
