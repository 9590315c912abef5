import { currentUser } from "@/server/auth";
import { countUnreadFilingNotices } from "@/server/data/count-unread-filing-notices";
import { countUnreadFollowNotices } from "@/server/data/count-unread-follow-notices";
import { countUnreadMentions } from "@/server/data/count-unread-mentions";
import { getViewer } from "@/server/data/get-viewer";

export const dynamic = "force-dynamic";

/** Most unread entries counted: the header's badge says "9+" past it. */
const COUNT_UP_TO = 10;

/**
 * The signed-in user's unread "For you" entries — mentions, news of what they follow, and new
 * filings of companies they watch — for the header's badge (401 for a visitor).
 */
export async function GET() {
  const user = await currentUser();
  if (!user) return new Response("Sign in to see your mentions.", { status: 401 });
  const viewer = await getViewer({ userId: user.id });
  const [mentions, filings, follows] = await Promise.all([
    countUnreadMentions({ viewer, limit: COUNT_UP_TO }),
    countUnreadFilingNotices({ userId: user.id, limit: COUNT_UP_TO }),
    countUnreadFollowNotices({ viewer, limit: COUNT_UP_TO }),
  ]);
  const unread = Math.min(mentions + filings + follows, COUNT_UP_TO);
  return Response.json(
    { mentions, filings, follows, unread, more: unread >= COUNT_UP_TO },
    { headers: { "cache-control": "private, no-store" } },
  );
}
