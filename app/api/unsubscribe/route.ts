import { describeEmailKind, preferenceOf } from "@/lib/notify/email-preferences";
import { updateEmailPreferences } from "@/server/data/update-email-preferences";
import { readUnsubscribeLink } from "@/server/mail/unsubscribe-links";

export const dynamic = "force-dynamic";

const see = (location: string) => new Response(null, { status: 303, headers: { location } });

/**
 * An email's unsubscribe link, POSTed: by the confirm button of /unsubscribe, or by a mail
 * client's one-click unsubscribe (RFC 8058, body `List-Unsubscribe=One-Click`). A good token
 * turns that kind of email off for its user, without signing in; a bad or tampered one changes
 * nothing. The button is sent back to the page to say which; a mail client gets a plain answer.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const body = await request.text().catch(() => "");
  const oneClick = new URLSearchParams(body.slice(0, 1000)).get("List-Unsubscribe") === "One-Click";
  const named = readUnsubscribeLink(token);
  if (!named) {
    if (oneClick) return new Response("This unsubscribe link does not work.", { status: 400 });
    return see(`/unsubscribe?token=${encodeURIComponent(token)}`);
  }
  await updateEmailPreferences({ userId: named.userId, [preferenceOf(named.kind)]: false });
  if (oneClick) return new Response(`Unsubscribed from ${describeEmailKind(named.kind)}.`, { status: 200 });
  return see(`/unsubscribe?done=${named.kind}`);
}

/** A GET (a mail scanner following links) changes nothing: it is shown the confirm page. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return see(`/unsubscribe?token=${encodeURIComponent(token)}`);
}
