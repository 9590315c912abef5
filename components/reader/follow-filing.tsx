"use client";

import { useEffect, useState } from "react";
import { FollowButton } from "./follow-button";

/**
 * The reader's Follow button for a signed-in user: whether they follow the filing is read after
 * the page paints (the page itself carries nothing per user); the button holds its place until then.
 */
export function FollowFiling({ filingSlug }: { filingSlug: string }) {
  const [following, setFollowing] = useState<boolean | null>(null);
  useEffect(() => {
    let stopped = false;
    void fetch(`/api/filings/${encodeURIComponent(filingSlug)}/follow`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ following: boolean }>) : null))
      .then((answer) => !stopped && answer && setFollowing(answer.following))
      .catch(() => undefined);
    return () => {
      stopped = true;
    };
  }, [filingSlug]);
  // Until it is known, the button holds its place (disabled), so nothing below it moves.
  return (
    <FollowButton
      target="filing"
      id={filingSlug}
      following={following ?? false}
      loading={following === null}
      subject="this filing"
      compact
    />
  );
}
