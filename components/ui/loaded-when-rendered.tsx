"use client";

import { lazy, Suspense, type ComponentType } from "react";

/**
 * A client component whose code is fetched only where a page renders it: a page that leaves
 * it out (a visitor's, say) neither ships nor prefetches it. Rendered on the server as usual.
 */
export function loadedWhenRendered<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Loaded = lazy(() => load().then((component) => ({ default: component })));
  function LoadedWhenRendered(props: Props) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return LoadedWhenRendered;
}
