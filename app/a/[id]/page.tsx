import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@/server/auth";
import { getAnnotation } from "@/server/data/get-annotation";
import { getViewer } from "@/server/data/get-viewer";

export const metadata: Metadata = { title: "Shared note" };
export const dynamic = "force-dynamic";

/**
 * A short link to an annotation: opens its filing at the passage with the thread open.
 * Signed out: sign in first, then come back here. A note the visitor may not see gets a
 * clear "not available" page (404), whether it exists or not.
 */
export default async function AnnotationLinkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/a/${id}`)}`);
  const annotation = z.uuid().safeParse(id).success
    ? await getAnnotation({ id, viewer: await getViewer({ userId: user.id }) })
    : null;
  if (!annotation) notFound();
  redirect(`/filings/${annotation.filing.slug}?annotation=${annotation.id}`);
}
