import { currentUser, mayReadFilings } from "@/server/auth";
import { getFilingSummary } from "@/server/data/get-filing-summary";
import { readReaderSession } from "@/server/reader/read-reader-session";
import type { ReaderSession } from "@/lib/reader/reader-session";

export const dynamic = "force-dynamic";

/**
 * Who is reading a filing, what they may do on it, and the notes they may see
 * (lib/reader/reader-session.ts): what the reader page reads after its first paint, since the
 * page itself is the same for everyone; one query for a signed-in reader (readReaderSession).
 * `{ user: null }` for a visitor; 404 when there is no such filing.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await currentUser();
  // A private deployment tells a visitor nothing, not even which filings exist.
  if (!user && !(await mayReadFilings())) return new Response("Sign in to read filings.", { status: 401 });
  const session: ReaderSession | null = user
    ? await readReaderSession({ slug, userId: user.id, userName: user.name })
    : (await getFilingSummary({ slug }))
      ? { user: null }
      : null;
  if (!session) return new Response("No such filing.", { status: 404 });
  return Response.json(session, { headers: { "cache-control": "private, no-store" } });
}
