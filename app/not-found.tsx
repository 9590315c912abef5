import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Not found</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">
        There is no such filing here, or it is not available to you.
      </p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
      >
        Back to the library
      </Link>
    </div>
  );
}
