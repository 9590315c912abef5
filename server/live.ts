import "server-only";
import { getDatabase } from "./db";

type Listener = () => void;
interface Hub {
  listeners: Map<string, Set<Listener>>;
  started: Promise<unknown> | null;
}

const globalForLive = globalThis as unknown as { marginaliaLive?: Hub };
const hub: Hub = (globalForLive.marginaliaLive ??= { listeners: new Map(), started: null });

/**
 * Calls `onChange` whenever a live event is recorded for the filing — by this server or any
 * other on the same database (PostgreSQL LISTEN/NOTIFY; in-process on PGlite). One LISTEN per
 * process, fanned out here. An empty payload (after a reconnect) pokes every filing.
 */
export function subscribeToFiling(filingId: string, onChange: Listener): () => void {
  hub.started ??= getDatabase()
    .listen("marginalia_events", (payload) => {
      let filing: string | undefined;
      try {
        filing = (JSON.parse(payload) as { filingId?: string }).filingId;
      } catch {
        filing = undefined;
      }
      const targets = filing ? [hub.listeners.get(filing)] : [...hub.listeners.values()];
      for (const set of targets) for (const listener of set ?? []) listener();
    })
    .catch(() => {
      hub.started = null; // try again with the next subscriber
    });
  const set = hub.listeners.get(filingId) ?? new Set<Listener>();
  set.add(onChange);
  hub.listeners.set(filingId, set);
  return () => {
    set.delete(onChange);
    if (set.size === 0) hub.listeners.delete(filingId);
  };
}

/** Resolves once this process is listening (after the first subscription). */
export async function whenListening(): Promise<void> {
  await hub.started;
}
