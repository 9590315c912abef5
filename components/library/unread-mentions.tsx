"use client";

import { useEffect, useState } from "react";
import { markMentionsRead } from "@/server/actions/mark-mentions-read";

/** Sent when the "For you" list has been seen, so the header's badge clears at once. */
const MENTIONS_READ_EVENT = "marginalia:mentions-read";

/**
 * The header's count of unread "For you" mentions beside Library: read after the page paints
 * (a page is not held up by it), again when the tab comes back into view, and cleared when the
 * list is seen.
 */
export function UnreadMentions() {
  const [unread, setUnread] = useState<{ mentions: number; more: boolean } | null>(null);
  useEffect(() => {
    // Each read is numbered: an answer overtaken by a newer read, or by the list being seen
    // meanwhile, is dropped (it would bring back a count already cleared).
    let latest = 0;
    const read = () => {
      const mine = ++latest;
      void fetch("/api/me/unread", { cache: "no-store" })
        .then((response) =>
          response.ok ? (response.json() as Promise<{ mentions: number; more: boolean }>) : null,
        )
        .then((count) => mine === latest && count && setUnread(count))
        .catch(() => undefined);
    };
    read();
    const onVisible = () => document.visibilityState === "visible" && read();
    const onRead = () => {
      latest++;
      setUnread({ mentions: 0, more: false });
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener(MENTIONS_READ_EVENT, onRead);
    return () => {
      latest++;
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener(MENTIONS_READ_EVENT, onRead);
    };
  }, []);
  if (!unread?.mentions) return null;
  const shown = unread.more ? `${unread.mentions - 1}+` : String(unread.mentions);
  return (
    <span
      data-testid="unread-mentions"
      className="ml-1 rounded-full bg-teal-700 px-1.5 text-xs font-semibold text-white tabular-nums"
    >
      {shown}
      <span className="sr-only"> unread {unread.mentions === 1 ? "mention" : "mentions"}</span>
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
