import { currentUser } from "@/server/auth";
import { openFilingEventStream } from "@/server/live-stream";

export const dynamic = "force-dynamic";

/** Server-Sent Events: changes to the notes of a filing that this user may see (see openFilingEventStream). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Sign in to follow a filing's notes.", { status: 401 });
  return openFilingEventStream({ request, user, slug: (await params).slug });
}
