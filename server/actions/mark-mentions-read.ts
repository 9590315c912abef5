"use server";

import { z } from "zod";
import { markMentionsSeen } from "@/server/data/mark-mentions-seen";
import { userAction } from "@/server/user-action";

/**
 * The reader has seen their "For you" list up to its newest mention (`seenAt`, that mention's
 * time): it and everything before are read; what came after stays unread.
 */
export const markMentionsRead = userAction(
  {
    schema: z.object({ seenAt: z.iso.datetime() }),
    signedOut: "Sign in first.",
    invalidMessage: "That is not a time.",
  },
  async ({ seenAt }, user) => {
    // Never later than now: a time from the future would hide mentions still to come.
    const at = new Date(Math.min(Date.parse(seenAt), Date.now()));
    await markMentionsSeen({ userId: user.id, seenAt: at });
    return { ok: true };
  },
);
