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

/** The current count (taken before a read, so a read that raced a change is not kept). */
function accessEpoch(): number {
  return shared.marginaliaAccessEpoch ?? 0;
}

/**
 * Remembers, per key, what `read` found about a caller's access for `forMs` (a lookup shared by
 * the requests that ask at once; a failed one is not kept), forgotten when access changes in this
 * process (accessChanged). Used for sessions and API tokens alike.
 */
export function accessMemory<Found>(forMs: number, atMost = 1_000) {
  const kept = new Map<string, { found: Promise<Found>; at: number; epoch: number }>();
  return (key: string, read: () => Promise<Found>): Promise<Found> => {
    const epoch = accessEpoch();
    const entry = kept.get(key);
    if (entry && entry.epoch === epoch && Date.now() - entry.at < forMs) return entry.found;
    const found = read();
    if (kept.size >= atMost) kept.clear();
    kept.set(key, { found, at: Date.now(), epoch });
    found.catch(() => kept.delete(key));
    return found;
  };
}
