import "server-only";
import { prepareText, type PreparedText } from "@/lib/anchoring";
import { RecentlyUsed } from "@/lib/recently-used";
import { db } from "../db";
import { parseStoredAnalysis, type StoredAnalysis } from "@/lib/filing/stored-analysis";

/** The heavy part of a filing: its canonical text and analysis (megabytes for a whole 10-K). */
export interface FilingBody {
  canonicalText: string;
  analysis: StoredAnalysis;
  /**
   * The text as anchoring searches it, its whitespace-collapsed copy made on first use and
   * kept with the body: placing a quote (each note created through the API) must not
   * normalise the whole text again.
   */
  prepared: PreparedText;
}

/**
 * Bodies of recently read filings, per process, keyed by id and the row's version: reading
 * and decoding a whole filing's text and analysis on every request (a reader page, or each
 * note created) would cost tens of milliseconds of work the database (in-process PGlite) and
 * JSON parsing do on the event loop. Any change to the filing row (a new analysis, replaced
 * text) changes `updatedAt`, so a stale body is never served. At most MAX_BODIES are kept.
 */
const MAX_BODIES = 8;
const globalForFilings = globalThis as unknown as {
  marginaliaRecentFilings?: RecentlyUsed<string, FilingBody>;
};
const bodies = (globalForFilings.marginaliaRecentFilings ??= new RecentlyUsed(MAX_BODIES));
/** Reads under way: requests for the same body at once share one read. */
const reading = new Map<string, Promise<FilingBody | null>>();

/**
 * A filing's canonical text and analysis at the version `updatedAt` names, from the process's
 * cache when it holds that version; null when the filing is gone.
 */
export async function getFilingBody(options: { id: string; updatedAt: Date }): Promise<FilingBody | null> {
  const { id, updatedAt } = options;
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
  // Checked once per version read (then it is cached), yielding as it goes.
  let analysis: StoredAnalysis;
  try {
    analysis = await parseStoredAnalysis(row.analysis);
  } catch (error) {
    throw new Error(`Filing ${id}: its stored analysis does not have the expected shape`, { cause: error });
  }
  const body = { canonicalText: row.canonicalText, analysis, prepared: prepareText(row.canonicalText) };
  // Only keep what matches the version asked for (a concurrent update wins next time).
  if (row.updatedAt.getTime() === updatedAt.getTime()) {
    bodies.deleteWhere((old) => old.startsWith(`${id}:`));
    bodies.set(key, body);
  }
  return body;
}
