/**
 * The reader's live feed, opened as soon as the reader's start is known (ReaderTools), not
 * once the notes panel has rendered its notes: the feed's request then comes while the server
 * still remembers the reader's session and workspaces (a second), so opening it costs one query,
 * and a colleague's change is heard sooner. What it says before the panel takes it is held and
 * handed over (takeLiveFeed).
 */

/** The events the feed sends (see server/live-stream.ts). */
const FEED_EVENTS = ["change", "reload", "signed-out"] as const;

interface EarlyFeed {
  key: string;
  source: EventSource;
  held: MessageEvent<string>[];
  hold: (event: Event) => void;
}

let early: EarlyFeed | null = null;

const feedUrl = (filingSlug: string, liveAfter: string) =>
  `/api/filings/${encodeURIComponent(filingSlug)}/events?after=${liveAfter}`;

/** Opens the filing's live feed from `liveAfter`, holding what it says until it is taken. */
export function openLiveFeed(filingSlug: string, liveAfter: string): void {
  if (typeof EventSource === "undefined") return;
  const key = feedUrl(filingSlug, liveAfter);
  if (early?.key === key) return;
  closeLiveFeed();
  const held: MessageEvent<string>[] = [];
  const hold = (event: Event) => void held.push(event as MessageEvent<string>);
  const source = new EventSource(key);
  for (const type of FEED_EVENTS) source.addEventListener(type, hold);
  early = { key, source, held, hold };
}

/** Closes a feed opened early and not taken (the reader left the filing). */
export function closeLiveFeed(): void {
  early?.source.close();
  early = null;
}

/**
 * The filing's live feed from `liveAfter` with what it said so far (the events to replay, in
 * order): the one opened early when it matches, else a new one.
 */
export function takeLiveFeed(
  filingSlug: string,
  liveAfter: string,
): { source: EventSource; held: MessageEvent<string>[] } {
  const key = feedUrl(filingSlug, liveAfter);
  const taken = early?.key === key ? early : null;
  if (!taken) {
    closeLiveFeed();
    return { source: new EventSource(key), held: [] };
  }
  early = null;
  for (const type of FEED_EVENTS) taken.source.removeEventListener(type, taken.hold);
  return { source: taken.source, held: taken.held };
}
