import "server-only";
import { db } from "../db";

/** Removes the password login and sessions of the user with this email (their data stays). */
export async function disablePasswordLogin(options: { email: string }): Promise<void> {
  await db().$transaction([
    db().account.deleteMany({ where: { providerId: "credential", user: { email: options.email } } }),
    db().session.deleteMany({ where: { user: { email: options.email } } }),
  ]);
}
