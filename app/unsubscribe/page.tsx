import type { Metadata } from "next";
import Link from "next/link";
import { describeEmailKind, EMAIL_KINDS } from "@/lib/notify/email-preferences";
import { readUnsubscribeLink } from "@/server/mail/unsubscribe-links";

export const metadata: Metadata = { title: "Unsubscribe" };
export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * Where an email's unsubscribe link opens, without signing in: a confirm button (a GET changes
 * nothing, since mail scanners open links), then what was turned off; a bad or tampered link
 * says so and changes nothing.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const query = await searchParams;
  const done = EMAIL_KINDS.find((kind) => kind === one(query.done));
  const token = one(query.token);
  const named = done ? null : readUnsubscribeLink(token);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      {done ? (
        <>
          <h1 className="font-serif text-3xl font-semibold tracking-tight">Unsubscribed</h1>
          <p role="status">You will get no more {describeEmailKind(done)}.</p>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Changed your mind? Turn them back on in your{" "}
            <Link href="/account" className="underline">
              account
            </Link>
            .
          </p>
        </>
      ) : named ? (
        <>
          <h1 className="font-serif text-3xl font-semibold tracking-tight">Unsubscribe</h1>
          <p>Stop getting {describeEmailKind(named.kind)} from Marginalia?</p>
          <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token)}`}>
            <button
              type="submit"
              className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white dark:bg-stone-100 dark:text-stone-900"
            >
              Unsubscribe
            </button>
          </form>
        </>
      ) : (
        <>
          <h1 className="font-serif text-3xl font-semibold tracking-tight">
            This unsubscribe link does not work
          </h1>
          <p role="alert">
            It may have been cut short or changed on the way. Nothing was changed. Sign in and choose your
            emails in your{" "}
            <Link href="/account" className="underline">
              account
            </Link>{" "}
            instead.
          </p>
        </>
      )}
    </div>
  );
}
