"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md py-16 text-center">
      <h1 className="font-serif text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">
        The page could not be loaded. If the database was restarting, trying again usually works.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
      >
        Try again
      </button>
    </div>
  );
}
