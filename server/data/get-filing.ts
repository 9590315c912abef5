import "server-only";
import { cache } from "react";
import { isFilingSlug } from "@/lib/filing/import-request";
import { RecentlyUsed } from "@/lib/recently-used";
import { db } from "../db";
import type { StoredAnalysis } from "./create-filing";

/** The heavy part of a filing: its canonical text and analysis (megabytes for a whole 10-K). */
interface FilingBody {
  canonicalText: string;
  analysis: StoredAnalysis;
}

/**
 * Bodies of recently read filings, per process, keyed by id and the row's version: reading
 * and decoding a whole filing's text and analysis on every request would make each reader
 * page cost tens of milliseconds of work the database (in-process PGlite) and JSON parsing
 * do on the event loop. Any change to the filing row (a new analysis, replaced text) changes
 * `updatedAt`, so a stale body is never served. At most MAX_BODIES filings are kept.
 */
const MAX_BODIES = 8;
const globalForFilings = globalThis as unknown as {
  marginaliaRecentFilings?: RecentlyUsed<string, FilingBody>;
};
const bodies = (globalForFilings.marginaliaRecentFilings ??= new RecentlyUsed(MAX_BODIES));
/** Reads under way: requests for the same body at once share one read. */
const reading = new Map<string, Promise<FilingBody | null>>();

async function filingBody(id: string, updatedAt: Date): Promise<FilingBody | null> {
  const key = `${id}:${updatedAt.getTime()}`;
  const cached = bodies.get(key);
  if (cached) return cached;
  const pending = reading.get(key);
  if (pending) return pending;
  const read = readFilingBody(id, key, updatedAt).finally(() => reading.delete(key));
  reading.set(key, read);
  return read;
}

async function readFilingBody(id: string, key: string, updatedAt: Date): Promise<FilingBody | null> {
  // Raw SQL for this one read: Prisma's own decoding of a whole filing's analysis (megabytes of
  // JSON) costs about as much again as reading it, all of it on the event loop.
  const rows = await db().$queryRaw<Array<{ canonicalText: string; analysis: unknown; updatedAt: Date }>>`
    SELECT "canonicalText", "analysis", "updatedAt" FROM "Filing" WHERE "id" = ${id}`;
  const row = rows[0];
  if (!row) return null;
  const body = { canonicalText: row.canonicalText, analysis: row.analysis as StoredAnalysis };
  // Only keep what matches the version asked for (a concurrent update wins next time).
  if (row.updatedAt.getTime() === updatedAt.getTime()) {
    bodies.deleteWhere((old) => old.startsWith(`${id}:`));
    bodies.set(key, body);
  }
  return body;
}

// Memoised per request by slug (React cache keys on argument identity: a string, not an object),
// so a page's metadata and body share one query.
const loadFiling = cache(async (slug: string) => {
  // Any text can arrive in a URL; what cannot be a slug (a NUL, say) names no filing.
  if (!isFilingSlug(slug)) return null;
  const filing = await db().filing.findUnique({
    where: { slug },
    include: {
      riskFactors: {
        orderBy: { ordinal: "asc" },
        // The last category change, shown on hover (who set it, when, from what).
        include: {
          categoryChanges: {
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { createdAt: true, from: true, to: true, user: { select: { name: true } } },
          },
        },
      },
    },
    omit: { sourceContent: true, canonicalText: true, analysis: true },
  });
  if (!filing) return null;
  const body = await filingBody(filing.id, filing.updatedAt);
  if (!body) return null;
  return { ...filing, ...body };
});

/** Loads a filing with its analysis and risk factors by slug; null when there is none. */
export async function getFiling(options: { slug: string }) {
  return loadFiling(options.slug);
}

export type FilingWithAnalysis = NonNullable<Awaited<ReturnType<typeof getFiling>>>;
