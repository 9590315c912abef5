import { useSyncExternalStore } from "react";
import type { ReaderSession } from "@/lib/reader/reader-session";

/**
 * What a reader page learnt about its reader after its first paint (ReaderTools asks),
 * shared by the islands that depend on it: the tools, the notes panel, the category menu, and
 * the header's account corner. The page itself is the same for everyone (it may come from the
 * page cache, rendered as nobody's), so these are the only places that know who reads it.
 */
type SessionState = ReaderSession | "failed" | undefined;

let session: SessionState;
let headerUser: { name: string } | null = null;
/** Reads the session again after a failed read (set with "failed"). */
let readAgain: (() => void) | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Publishes the reader session of the page being read (undefined while it is read afresh;
 * "failed", with how to read it `again`, when it could not be read). Its
 * user stays the header's signed-in user beyond the page: the root layout is not rendered
 * again on a client-side navigation, so the header would otherwise keep the shared page's
 * signed-out corner.
 */
export function publishReaderSession(next: SessionState, again?: () => void): void {
  session = next;
  readAgain = next === "failed" ? (again ?? null) : null;
  if (next && next !== "failed") headerUser = next.user;
  changed();
}

/** Reads the reader session again after it failed ("Try again"); nothing otherwise. */
export function retryReaderSession(): void {
  readAgain?.();
}

/** The header's user is signed out (they asked to be): until the next page says otherwise. */
export function forgetHeaderUser(): void {
  headerUser = null;
  changed();
}

/** The reader session once known: undefined before (and on the server), "failed" when it could not be read. */
export function useReaderSession(): SessionState {
  return useSyncExternalStore(
    subscribe,
    () => session,
    () => undefined,
  );
}

/**
 * The signed-in user the header shows: the one the server rendered (`fromServer`), else the one
 * a reader page learnt (its page was rendered as nobody's).
 */
export function useHeaderUser(fromServer: { name: string } | null): { name: string } | null {
  const known = useSyncExternalStore(
    subscribe,
    () => headerUser,
    () => undefined,
  );
  return fromServer ?? known ?? null;
}
