"use client";

import { useEffect, useRef, useState } from "react";
import { useHeaderUser, useReaderSession } from "@/components/reader/reader-session-store";
import type { UnreadForYou as Unread } from "@/lib/notify/unread-for-you";
import { markMentionsRead } from "@/server/actions/mark-mentions-read";

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * "unread mention", "unread update in what you follow", "2 unread: 1 mention, 1 new filing"…
 * for screen readers, after the number.
 */
function unreadWords({ mentions, filings, follows, unread }: Unread): string {
  const parts = [
    mentions > 0 && `${mentions} ${plural(mentions, "mention", "mentions")}`,
    follows > 0 && `${follows} ${plural(follows, "update", "updates")} in what you follow`,
    filings > 0 && `${filings} new ${plural(filings, "filing", "filings")}`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length > 1)
    return `unread in For you (${unread === mentions + filings + follows ? "" : "at least "}${parts.join(", ")})`;
  if (follows > 0) return `unread ${plural(follows, "update", "updates")} in what you follow`;
  if (filings > 0) return `new ${plural(filings, "filing", "filings")}`;
  return `unread ${plural(mentions, "mention", "mentions")}`;
}

/** Sent when the "For you" list has been seen, so the header's badge clears at once. */
const MENTIONS_READ_EVENT = "marginalia:mentions-read";

/**
 * The header's count of unread "For you" entries (mentions, news of what one follows, new
 * filings) beside Library: read after the page paints (a page is not held up by it; a reader
 * page's start brings it), again when the tab comes back into view, and cleared when the list
 * is seen.
 */
export function UnreadMentions({ user }: { user: { name: string } | null }) {
  // On a reader page, the signed-in user may be known only after it paints (see useHeaderUser).
  return useHeaderUser(user) ? <UnreadCount /> : null;
}

function UnreadCount() {
  const session = useReaderSession();
  const fromReader = session && session !== "failed" && session.user ? session.unread : null;
  const [unread, setUnread] = useState<Unread | null>(fromReader);
  // A reader page's start brings the count (a newer page, a newer count): no read of its own then.
  const [readerCount, setReaderCount] = useState(fromReader);
  if (fromReader !== readerCount) {
    setReaderCount(fromReader);
    if (fromReader) setUnread(fromReader);
  }
  const counted = useRef(fromReader !== null);
  useEffect(() => {
    // Each read is numbered: an answer overtaken by a newer read, or by the list being seen
    // meanwhile, is dropped (it would bring back a count already cleared).
    let latest = 0;
    const read = () => {
      const mine = ++latest;
      void fetch("/api/me/unread", { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<Unread>) : null))
        .then((count) => mine === latest && count && setUnread(count))
        .catch(() => undefined);
    };
    if (!counted.current) read();
    const onVisible = () => document.visibilityState === "visible" && read();
    const onRead = () => {
      latest++;
      setUnread({ mentions: 0, filings: 0, follows: 0, unread: 0, more: false });
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener(MENTIONS_READ_EVENT, onRead);
    return () => {
      latest++;
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener(MENTIONS_READ_EVENT, onRead);
    };
  }, []);
  if (!unread?.unread) return null;
  const shown = unread.more ? `${unread.unread - 1}+` : String(unread.unread);
  return (
    <span
      data-testid="unread-mentions"
      className="ml-1 rounded-full bg-teal-700 px-1.5 text-xs font-semibold text-white tabular-nums"
    >
      {shown}
      <span className="sr-only"> {unreadWords(unread)}</span>
    </span>
  );
}

/** Marks the list seen up to its newest mention once shown (see markMentionsRead). */
export function MarkMentionsRead({ newest }: { newest: string | null }) {
  useEffect(() => {
    if (!newest) return;
    void markMentionsRead({ seenAt: newest }).then(
      (state) => state?.ok && window.dispatchEvent(new Event(MENTIONS_READ_EVENT)),
    );
  }, [newest]);
  return null;
}
