import "server-only";
import type { EmailKind } from "@/lib/notify/email-preferences";
import { readUnsubscribeToken, signUnsubscribeToken } from "@/lib/notify/unsubscribe-token";
import { env } from "@/server/env";
import { authSecret } from "@/server/secret";

/** The page that turns `userId`'s emails of `kind` off, and the URL one-click unsubscribe POSTs to. */
export function unsubscribeLinks(options: { userId: string; kind: EmailKind }) {
  const token = encodeURIComponent(signUnsubscribeToken({ ...options, secret: authSecret(env) }));
  return {
    page: `${env.baseUrl}/unsubscribe?token=${token}`,
    post: `${env.baseUrl}/api/unsubscribe?token=${token}`,
  };
}

/** Who and which kind an unsubscribe token names, or null for a bad or tampered one. */
export function readUnsubscribeLink(token: string) {
  return readUnsubscribeToken({ token, secret: authSecret(env) });
}
