"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Whether this island has hydrated: false in the server's HTML and during hydration, true
 * after. A button that acts only through a click handler is disabled until then, so a click
 * made before the page's scripts run (on the reader they start after the first paint) is
 * refused visibly instead of being lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
