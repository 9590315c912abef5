"use client";

import { FollowButton } from "./follow-button";

/**
 * The reader's Follow button for a signed-in user: whether they follow the filing comes with
 * the reader's start after the page paints (the page itself carries nothing per user).
 */
export function FollowFiling({ filingSlug, following }: { filingSlug: string; following: boolean }) {
  return <FollowButton target="filing" id={filingSlug} following={following} subject="this filing" compact />;
}
