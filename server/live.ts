import "server-only";
import { getDatabase } from "./db";
import { getLatestLiveEventId } from "./data/get-latest-live-event-id";
import { listLiveEvents } from "./data/list-live-events";
import { env } from "./env";

/** One live event as the feed delivers it. */
export type LiveEventRow = Awaited<ReturnType<typeof listLiveEvents>>[number];
type Subscriber = (events: LiveEventRow[]) => void;

/**
 * One filing's feed in this process: the newest event id read, and who listens. However many
 * streams are open on the filing, each change is read from the database once and handed to
 * all of them (each filters what its reader may see).
 */
interface FilingFeed {
  latest: bigint | undefined;
  subscribers: Set<Subscriber>;
  /** The read under way, and whether another change came in during it. */
  reading: Promise<void> | null;
  again: boolean;
}

interface Hub {
  feeds: Map<string, FilingFeed>;
  started: Promise<unknown> | null;
  /** Open streams, per user and in all. */
  streams: Map<string, number>;
  total: number;
}

const globalForLive = globalThis as unknown as { marginaliaLive?: Hub };
const hub: Hub = (globalForLive.marginaliaLive ??= {
  feeds: new Map(),
  started: null,
  streams: new Map(),
  total: 0,
});

/** Events read per query when a feed catches up. */
const BATCH = 500;

/** Reads the feed's new events (one query at a time; a change during a read triggers one more). */
function refresh(filingId: string, feed: FilingFeed): void {
  if (feed.reading) {
    feed.again = true;
    return;
  }
  feed.reading = (async () => {
    do {
      feed.again = false;
      feed.latest ??= await getLatestLiveEventId({ filingId });
      for (;;) {
        const events = await listLiveEvents({ filingId, afterId: feed.latest, limit: BATCH });
        if (events.length === 0) break;
        feed.latest = events[events.length - 1]!.id;
        // One stream failing (a reader gone mid-write) must not keep the batch from the others.
        for (const subscriber of feed.subscribers)
          try {
            subscriber(events);
          } catch {
            // that stream ends itself; the rest carry on
          }
        if (events.length < BATCH) break;
      }
    } while (feed.again && feed.subscribers.size > 0);
  })()
    .catch(() => undefined) // the database did not answer: the next change tries again
    .finally(() => {
      feed.reading = null;
    });
}

/**
 * Calls `onEvents` with the filing's new live events — recorded by this server or any other on
 * the same database (PostgreSQL LISTEN/NOTIFY; in-process on PGlite). One LISTEN per process,
 * one read per change per filing. An empty payload (after a reconnect) pokes every filing.
 */
export function subscribeToFiling(filingId: string, onEvents: Subscriber): () => void {
  hub.started ??= getDatabase()
    .listen("marginalia_events", (payload) => {
      let filing: string | undefined;
      try {
        filing = (JSON.parse(payload) as { filingId?: string }).filingId;
      } catch {
        filing = undefined;
      }
      const targets = filing ? [[filing, hub.feeds.get(filing)] as const] : [...hub.feeds.entries()];
      for (const [id, feed] of targets) if (feed) refresh(id, feed);
    })
    .catch(() => {
      hub.started = null; // try again with the next subscriber
    });
  let feed = hub.feeds.get(filingId);
  if (!feed) {
    feed = { latest: undefined, subscribers: new Set(), reading: null, again: false };
    hub.feeds.set(filingId, feed);
    // Start from now: what came before, each stream catches up on by itself.
    refresh(filingId, feed);
  }
  feed.subscribers.add(onEvents);
  const current = feed;
  return () => {
    current.subscribers.delete(onEvents);
    if (current.subscribers.size === 0 && hub.feeds.get(filingId) === current) hub.feeds.delete(filingId);
  };
}

/** Resolves once this process is listening (after the first subscription). */
export async function whenListening(): Promise<void> {
  await hub.started;
}

/**
 * Counts a new stream for a user against MARGINALIA_STREAMS_PER_USER and MARGINALIA_STREAMS_TOTAL.
 * @returns how to release it, or null when a limit is reached (the caller answers 429)
 */
export function openStream(userId: string): (() => void) | null {
  const mine = hub.streams.get(userId) ?? 0;
  if (mine >= env.MARGINALIA_STREAMS_PER_USER || hub.total >= env.MARGINALIA_STREAMS_TOTAL) return null;
  hub.streams.set(userId, mine + 1);
  hub.total++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    hub.total--;
    const left = (hub.streams.get(userId) ?? 1) - 1;
    if (left <= 0) hub.streams.delete(userId);
    else hub.streams.set(userId, left);
  };
}
