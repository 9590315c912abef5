"use client";

import Link from "next/link";
import { forgetHeaderUser, useHeaderUser } from "@/components/reader/reader-session-store";
import { signOut } from "@/server/actions/sign-out";

/**
 * The header's account corner: the signed-in name and "Sign out", or "Sign in". `user` is who
 * the server rendered the page for; a reader page (the same for everyone) names its reader
 * after it paints.
 */
export function UserMenu({ user: fromServer }: { user: { name: string } | null }) {
  const user = useHeaderUser(fromServer);
  if (!user)
    return (
      <Link
        href="/sign-in"
        // The account corner is on every page: prefetching its pages on each view would cost a
        // server render per page shown for links seldom followed.
        prefetch={false}
        className="rounded-md px-2 py-1 text-sm font-medium hover:bg-stone-100 dark:hover:bg-stone-800"
      >
        Sign in
      </Link>
    );
  return (
    <form action={signOut} onSubmit={forgetHeaderUser} className="flex items-center gap-2 text-sm">
      <Link
        href="/workspaces"
        prefetch={false}
        className="rounded-md px-2 py-1 hover:bg-stone-100 dark:hover:bg-stone-800"
      >
        Workspaces
      </Link>
      {/* On a phone "Account" (the name may be long), else the name: either way reachable. */}
      <Link
        href="/account"
        prefetch={false}
        className="rounded-md px-2 py-1 text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800"
        title="Account and API tokens"
      >
        <span className="sm:hidden">Account</span>
        <span className="max-sm:sr-only" data-testid="signed-in-as">
          {user.name}
        </span>
      </Link>
      <button
        type="submit"
        className="rounded-md px-2 py-1 font-medium hover:bg-stone-100 dark:hover:bg-stone-800"
      >
        Sign out
      </button>
    </form>
  );
}
