import "server-only";
import { db } from "../db";

/**
 * Turns the user's kinds of email on or off (those not given stay as they are). Returns
 * whether the user exists (an unsubscribe link may outlive its account).
 */
export async function updateEmailPreferences(options: {
  userId: string;
  emailOnMention?: boolean;
  emailOnFollow?: boolean;
}): Promise<boolean> {
  const { count } = await db().user.updateMany({
    where: { id: options.userId },
    data: { emailOnMention: options.emailOnMention, emailOnFollow: options.emailOnFollow },
  });
  return count > 0;
}
