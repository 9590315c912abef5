import { currentUser } from "@/server/auth";
import { countUnreadForYou } from "@/server/data/count-unread-for-you";
import { UNREAD_COUNTED_UP_TO } from "@/lib/notify/unread-for-you";

export const dynamic = "force-dynamic";

/**
 * The signed-in user's unread "For you" entries — mentions, news of what they follow, and new
 * filings of companies they watch — for the header's badge (401 for a visitor).
 */
export async function GET() {
  const user = await currentUser();
  if (!user) return new Response("Sign in to see your mentions.", { status: 401 });
  const unread = await countUnreadForYou({ userId: user.id, limit: UNREAD_COUNTED_UP_TO });
  return Response.json(unread, { headers: { "cache-control": "private, no-store" } });
}
