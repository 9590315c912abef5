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
  /** Whether the LISTEN is in place (what came before it was not heard). */
  listening: boolean;
  /** Notifications heard, counted; and the count at the last one per filing (and for all). */
  heard: number;
  lastHeard: Map<string, number>;
  lastHeardForAll: number;
  /** Open streams, per user and in all. */
  streams: Map<string, number>;
  total: number;
}

const globalForLive = globalThis as unknown as { marginaliaLive?: Hub };
const hub: Hub = (globalForLive.marginaliaLive ??= {
  feeds: new Map(),
  started: null,
  listening: false,
  heard: 0,
  lastHeard: new Map(),
  lastHeardForAll: 0,
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

/** Filings whose last notification is remembered (for streams that read before subscribing). */
const MOST_HEARD_KEPT = 10_000;

/** Starts this process's one LISTEN, once. */
function startListening(): void {
  hub.started ??= getDatabase()
    .listen("marginalia_events", (payload) => {
      let filing: string | undefined;
      try {
        filing = (JSON.parse(payload) as { filingId?: string }).filingId;
      } catch {
        filing = undefined;
      }
      hub.heard++;
      if (filing) {
        if (hub.lastHeard.size >= MOST_HEARD_KEPT) {
          // Forgetting which filings were heard, count every one as heard now (a feed that
          // starts from a read reads once more rather than miss a change).
          hub.lastHeard.clear();
          hub.lastHeardForAll = hub.heard;
        }
        hub.lastHeard.set(filing, hub.heard);
      } else hub.lastHeardForAll = hub.heard;
      const targets = filing ? [[filing, hub.feeds.get(filing)] as const] : [...hub.feeds.entries()];
      for (const [id, feed] of targets) if (feed) refresh(id, feed);
    })
    .then((listening) => {
      hub.listening = true;
      return listening;
    })
    .catch(() => {
      hub.started = null; // try again with the next subscriber
    });
}

/**
 * Where a stream stood when it read a filing's events itself (readLiveFeedStart): the latest
 * event id it saw, and what the hub had heard when the read began (liveFeedMark).
 */
export interface FeedStart {
  latest: bigint;
  mark: { heard: number; listening: boolean };
}

/** What the hub has heard so far: taken before a stream reads a filing's events itself. */
export function liveFeedMark(): FeedStart["mark"] {
  return { heard: hub.heard, listening: hub.listening };
}

/**
 * Calls `onEvents` with the filing's new live events — recorded by this server or any other on
 * the same database (PostgreSQL LISTEN/NOTIFY; in-process on PGlite). One LISTEN per process,
 * one read per change per filing. An empty payload (after a reconnect) pokes every filing.
 *
 * Without `start`, the feed reads from now on (a new feed first asks for the latest id). With
 * it, the caller has read the events up to `start.latest` and subscribes after: a new feed
 * starts there without a query, unless a change to the filing was heard since the caller's read
 * began, or the process was not listening yet (then it reads once). `behind` says the feed was
 * already past `start.latest` (it handed later events to others): the caller reads them itself.
 */
export function subscribeToFiling(
  filingId: string,
  onEvents: Subscriber,
  start?: FeedStart,
): { unsubscribe: () => void; behind: boolean } {
  startListening();
  let feed = hub.feeds.get(filingId);
  let behind = false;
  if (!feed) {
    feed = { latest: start?.latest, subscribers: new Set(), reading: null, again: false };
    hub.feeds.set(filingId, feed);
    const missed =
      !start ||
      !start.mark.listening ||
      (hub.lastHeard.get(filingId) ?? 0) > start.mark.heard ||
      hub.lastHeardForAll > start.mark.heard;
    // Without a start, from now on: what came before, each stream catches up on by itself.
    const fresh = feed;
    if (missed) void Promise.resolve(hub.started).then(() => refresh(filingId, fresh));
  } else if (start && (feed.latest === undefined || feed.latest > start.latest)) {
    behind = true;
  }
  feed.subscribers.add(onEvents);
  const current = feed;
  return {
    unsubscribe: () => {
      current.subscribers.delete(onEvents);
      if (current.subscribers.size === 0 && hub.feeds.get(filingId) === current) hub.feeds.delete(filingId);
    },
    behind,
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
