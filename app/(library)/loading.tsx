/** Shown while the library's list loads (only here: a reader 404 must keep its status). */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3 py-8">
      <span className="sr-only">Loading the library…</span>
      <div className="h-8 w-1/3 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-4 w-2/3 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-4 w-1/2 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
