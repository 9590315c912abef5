import "server-only";

/**
 * A count of the changes in this process to who may do what (a token revoked, a member added,
 * removed or given another role, a workspace created, a session begun or ended): what remembers
 * a caller's access for a moment (findApiTokenUser, sessionUserFor) forgets it when it moves.
 * Kept on globalThis: Next bundles server actions and route handlers apart, each with its own
 * copy of this module, and a token revoked by an action must count for the API's routes.
 */
const shared = globalThis as unknown as { marginaliaAccessEpoch?: number };

/** Says that access changed: called by the data functions that change it, after the write. */
export function accessChanged(): void {
  shared.marginaliaAccessEpoch = (shared.marginaliaAccessEpoch ?? 0) + 1;
}

/**
 * The current count: taken before a read, so that what the read found is not kept when access
 * changed meanwhile (see AccessMemory's `keep`).
 */
export function accessEpoch(): number {
  return shared.marginaliaAccessEpoch ?? 0;
}

/** What accessMemory hands back: a remembering lookup, and a way to remember an answer read elsewhere. */
export interface AccessMemory<Found> {
  (key: string, read: () => Promise<Found>): Promise<Found>;
  /** Remembers `found` for `key`, as read by a query begun at access count `since`. */
  keep(key: string, found: Found, since: number): void;
}

const memories = globalThis as unknown as {
  marginaliaAccessMemories?: Map<string, Map<string, { found: Promise<unknown>; at: number; epoch: number }>>;
};

/**
 * Remembers, per key, what `read` found about a caller's access for `forMs` (a lookup shared by
 * the requests that ask at once; a failed one is not kept), forgotten when access changes in this
 * process (accessChanged). Used for sessions, API tokens and the live feed's viewers. Kept on
 * globalThis under `name`, so the route handlers and actions Next bundles apart share it.
 */
export function accessMemory<Found>(name: string, forMs: number, atMost = 1_000): AccessMemory<Found> {
  const all = (memories.marginaliaAccessMemories ??= new Map());
  let kept = all.get(name) as Map<string, { found: Promise<Found>; at: number; epoch: number }> | undefined;
  if (!kept) {
    kept = new Map();
    all.set(name, kept);
  }
  const entries = kept;
  const store = (key: string, found: Promise<Found>, epoch: number) => {
    if (entries.size >= atMost) entries.clear();
    entries.set(key, { found, at: Date.now(), epoch });
  };
  const remember = (key: string, read: () => Promise<Found>): Promise<Found> => {
    const epoch = accessEpoch();
    const entry = entries.get(key);
    if (entry && entry.epoch === epoch && Date.now() - entry.at < forMs) return entry.found;
    const found = read();
    store(key, found, epoch);
    found.catch(() => entries.delete(key));
    return found;
  };
  remember.keep = (key: string, found: Found, since: number) => {
    if (since === accessEpoch()) store(key, Promise.resolve(found), since);
  };
  return remember;
}
