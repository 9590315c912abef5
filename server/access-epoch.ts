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
export function accessEpoch(): number {
  return shared.marginaliaAccessEpoch ?? 0;
}
