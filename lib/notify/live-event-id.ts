/** The largest id a live event can have (PostgreSQL's bigint). */
const MAX_LIVE_EVENT_ID = 2n ** 63n - 1n;

/**
 * A live event id a client sent (Last-Event-ID, or `?after=`), or null when it is not one:
 * absent, not decimal digits, or past what the events table can hold (which the database
 * would refuse with an error rather than an empty answer).
 */
export function parseLiveEventId(value: string | null): bigint | null {
  if (value === null || !/^\d{1,19}$/.test(value)) return null;
  const id = BigInt(value);
  return id <= MAX_LIVE_EVENT_ID ? id : null;
}
