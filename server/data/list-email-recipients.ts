import "server-only";
import type { EmailKind } from "@/lib/notify/email-preferences";
import { db } from "../db";

/** Those of `userIds` who turned on emails of `kind`. */
export async function listEmailRecipients(options: { userIds: readonly string[]; kind: EmailKind }) {
  if (options.userIds.length === 0) return [];
  const users = await db().user.findMany({
    where: {
      id: { in: [...options.userIds] },
      ...(options.kind === "mention" ? { emailOnMention: true } : { emailOnFollow: true }),
    },
    select: { id: true },
  });
  return users.map((user) => user.id);
}
