import "server-only";

/**
 * A count of the changes in this process to who may do what (a token revoked, a member added,
 * removed or given another role, a workspace created): what remembers a caller's access for
 * a moment (findApiTokenUser) forgets it when the count moves.
 */
let epoch = 0;

/** Says that access changed: called by the data functions that change it, after the write. */
export function accessChanged(): void {
  epoch += 1;
}

/** The current count (taken before a read, so a read that raced a change is not kept). */
export function accessEpoch(): number {
  return epoch;
}
