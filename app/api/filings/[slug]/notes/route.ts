import { currentUser } from "@/server/auth";
import { readReaderNotes } from "@/server/notes/read-reader-notes";

export const dynamic = "force-dynamic";

/**
 * The notes of a filing the signed-in user may see, as summaries: what the reader reads after
 * its first paint (the page itself is the same for every reader). 404 when there is no such
 * filing.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Sign in to read notes.", { status: 401 });
  const notes = await readReaderNotes({ filingSlug: (await params).slug, userId: user.id });
  if (!notes) return new Response("No such filing.", { status: 404 });
  return Response.json({ notes }, { headers: { "cache-control": "private, no-store" } });
}
