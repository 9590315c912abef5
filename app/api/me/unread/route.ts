import { currentUser } from "@/server/auth";
import { countUnreadMentions } from "@/server/data/count-unread-mentions";
import { getViewer } from "@/server/data/get-viewer";

export const dynamic = "force-dynamic";

/** Most unread mentions counted: the header's badge says "9+" past it. */
const COUNT_UP_TO = 10;

/** The signed-in user's unread "For you" mentions, for the header's badge (401 for a visitor). */
export async function GET() {
  const user = await currentUser();
  if (!user) return new Response("Sign in to see your mentions.", { status: 401 });
  const mentions = await countUnreadMentions({
    viewer: await getViewer({ userId: user.id }),
    limit: COUNT_UP_TO,
  });
  return Response.json(
    { mentions, more: mentions >= COUNT_UP_TO },
    { headers: { "cache-control": "private, no-store" } },
  );
}
