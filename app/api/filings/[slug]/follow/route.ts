import { currentUser } from "@/server/auth";
import { getFollow } from "@/server/data/get-follow";

export const dynamic = "force-dynamic";

/**
 * Whether the signed-in user follows this filing (read by the reader's Follow button after its
 * first paint, so the signed-out page stays cacheable): `{ following }`.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Sign in to follow a filing.", { status: 401 });
  const follow = await getFollow({ userId: user.id, target: { filingSlug: (await params).slug } });
  return Response.json({ following: follow !== null }, { headers: { "cache-control": "private, no-store" } });
}
