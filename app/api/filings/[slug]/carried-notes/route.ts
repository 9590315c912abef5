import { currentUser } from "@/server/auth";
import { listCarriedNotes } from "@/server/lineage/list-carried-notes";

export const dynamic = "force-dynamic";

/**
 * The notes the signed-in user may see on the previous year's report of this filing's
 * company, carried to this year's risk factors (read by the reader after its first paint):
 * `{ from, notes }`, or `{ from: null, notes: [] }` when there is nothing earlier.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Sign in to read notes.", { status: 401 });
  const carried = await listCarriedNotes({ slug: (await params).slug, userId: user.id });
  return Response.json(carried ?? { from: null, notes: [] }, {
    headers: { "cache-control": "private, no-store" },
  });
}
