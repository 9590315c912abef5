import "server-only";
import { db } from "../db";

/** Which emails the user asked for (both off for an unknown user). */
export async function getEmailPreferences(options: {
  userId: string;
}): Promise<{ emailOnMention: boolean; emailOnFollow: boolean }> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: { emailOnMention: true, emailOnFollow: true },
  });
  return user ?? { emailOnMention: false, emailOnFollow: false };
}
