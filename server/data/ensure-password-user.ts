import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";

/**
 * Creates a user with an email-and-password login unless one with that email exists.
 * @param passwordHash made by Better Auth's hashPassword
 * @returns true when the user was created now
 */
export async function ensurePasswordUser(options: {
  name: string;
  email: string;
  passwordHash: string;
}): Promise<boolean> {
  if (await db().user.findUnique({ where: { email: options.email }, select: { id: true } })) return false;
  const id = randomUUID();
  await db().user.create({
    data: {
      id,
      name: options.name,
      email: options.email,
      emailVerified: true,
      accounts: {
        create: { id: randomUUID(), accountId: id, providerId: "credential", password: options.passwordHash },
      },
    },
  });
  return true;
}
