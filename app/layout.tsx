import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { UnreadMentions } from "@/components/library/unread-mentions";
import { currentUser } from "@/server/auth";
import { ThemeToggle, themeScript } from "@/components/ui/theme-toggle";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Marginalia", template: "%s · Marginalia" },
  description: "Read annotated financial filings: risk factors and figures highlighted, notes and threads.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The per-request nonce the Content-Security-Policy allows (set by proxy.ts).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const signedIn = await currentUser();
  // Only the name goes to the header's islands.
  const user = signedIn ? { name: signedIn.name } : null;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
        >
          Skip to content
        </a>
        <header className="site-header border-b border-stone-200 bg-white/80 backdrop-blur dark:border-stone-800 dark:bg-stone-900/80">
          <nav
            className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:gap-x-6"
            aria-label="Main"
          >
            <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
              Marginalia
            </Link>
            <Link
              href="/"
              className="text-sm text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100"
            >
              Library
              <UnreadMentions user={user} />
            </Link>
            <form
              action="/search"
              role="search"
              aria-label="Search everything"
              className="ml-auto flex min-w-0"
            >
              <label htmlFor="site-search" className="sr-only">
                Search filings and notes
              </label>
              <input
                id="site-search"
                type="search"
                name="q"
                maxLength={200}
                placeholder="Search…"
                className="w-28 min-w-0 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm sm:w-56 dark:border-stone-700 dark:bg-stone-900"
              />
            </form>
            <span className="flex flex-wrap items-center gap-2">
              <ThemeToggle />
              <UserMenu user={user} />
            </span>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
