import { z } from "zod";
import { currentUser } from "@/server/auth";
import { readReaderNotes } from "@/server/notes/read-reader-notes";

export const dynamic = "force-dynamic";

/**
 * One note as the reader shows it to the signed-in user: what the live feed fetches when a
 * colleague changes a note, instead of rendering the whole page again. 404 when there is no
 * such note on this filing or the user may not see it (the same answer: nothing is revealed).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Sign in to read notes.", { status: 401 });
  const { slug, id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response("No such note.", { status: 404 });
  const [note] = (await readReaderNotes({ filingSlug: slug, userId: user.id, annotationIds: [id] })) ?? [];
  if (!note) return new Response("No such note.", { status: 404 });
  return Response.json(note, { headers: { "cache-control": "private, no-store" } });
}
