import Link from "next/link";

/** A link to a note the visitor may not see (or that does not exist): the same answer, 404. */
export default function NotAvailable() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">Not available to you</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">
        This note does not exist, or it was not shared with you. Ask the colleague who sent the link to share
        it with a workspace you belong to.
      </p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white dark:bg-stone-100 dark:text-stone-900"
      >
        Back to the library
      </Link>
    </div>
  );
}
