"use client";

import { useCallback, useSyncExternalStore } from "react";

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/**
 * One of `choices` kept in this browser's localStorage under `key` (the first choice until one
 * is made; the first on the server), shared by every component and tab that reads it.
 */
export function useStoredChoice<Choice extends string>(
  key: string,
  choices: readonly [Choice, ...Choice[]],
): [Choice, (choice: Choice) => void] {
  const stored = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(key),
    () => null,
  );
  const choice = choices.find((candidate) => candidate === stored) ?? choices[0];
  const choose = useCallback(
    (next: Choice) => {
      window.localStorage.setItem(key, next);
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [choice, choose];
}
