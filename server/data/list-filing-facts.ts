import "server-only";
import { db } from "../db";

/**
 * A page of a filing's facts in order (its inline XBRL's in document order, or those EDGAR's
 * companyfacts holds for it), from ordinal `after` (exclusive), optionally of one concept; one
 * more than `limit` is read so the caller knows if more follow.
 */
export async function listFilingFacts(options: {
  filingId: string;
  /** The last ordinal of the previous page (-1 for the first). */
  after: number;
  limit: number;
  concept?: string;
}) {
  return db().filingFact.findMany({
    where: {
      filingId: options.filingId,
      ordinal: { gt: options.after },
      ...(options.concept ? { concept: options.concept } : {}),
    },
    orderBy: { ordinal: "asc" },
    take: options.limit + 1,
    select: {
      ordinal: true,
      concept: true,
      value: true,
      unit: true,
      period: true,
      decimals: true,
      dimensions: true,
      hidden: true,
      start: true,
      end: true,
      source: true,
    },
  });
}
