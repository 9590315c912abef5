import { createHmac, timingSafeEqual } from "node:crypto";
import { EMAIL_KINDS, type EmailKind } from "./email-preferences";

/**
 * Unsubscribe links: a token naming a user and a kind of email, signed with HMAC-SHA256 under
 * the app's secret, so the link turns that kind off without signing in and cannot be made for
 * another user or another kind. It does not expire: an old email's link keeps working.
 */

const signature = (payload: string, secret: string) =>
  createHmac("sha256", secret).update(`marginalia-unsubscribe:${payload}`).digest("base64url");

/** The token for `userId`'s emails of `kind`. */
export function signUnsubscribeToken(options: { userId: string; kind: EmailKind; secret: string }): string {
  const payload = `${Buffer.from(options.userId).toString("base64url")}.${options.kind}`;
  return `${payload}.${signature(payload, options.secret)}`;
}

/** Who and which kind a token names, or null when it is malformed, tampered with or not ours. */
export function readUnsubscribeToken(options: {
  token: string;
  secret: string;
}): { userId: string; kind: EmailKind } | null {
  const parts = options.token.split(".");
  if (parts.length !== 3) return null;
  const [user, kind, signed] = parts as [string, string, string];
  const known = EMAIL_KINDS.find((each) => each === kind);
  if (!known || !/^[\w-]{1,400}$/.test(user) || !/^[\w-]{43}$/.test(signed)) return null;
  const expected = Buffer.from(signature(`${user}.${kind}`, options.secret));
  const given = Buffer.from(signed);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId: Buffer.from(user, "base64url").toString("utf8"), kind: known };
}
