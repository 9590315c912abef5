import "server-only";
import { isFilingSlug } from "@/lib/filing/import-request";
import { db } from "../db";
import { getFilingBody } from "./get-filing-body";

/**
 * A filing's id, canonical text and text hash (what anchoring needs), by slug. The text comes
 * from the process's cache of filing bodies: creating a note must not read megabytes of text.
 */
export async function getFilingText(options: { slug: string }) {
  // Any text can arrive in a URL; what cannot be a slug (a NUL, say) names no filing.
  if (!isFilingSlug(options.slug)) return null;
  const filing = await db().filing.findUnique({
    where: { slug: options.slug },
    select: { id: true, slug: true, textHash: true, updatedAt: true },
  });
  if (!filing) return null;
  const body = await getFilingBody({ id: filing.id, updatedAt: filing.updatedAt });
  if (!body) return null;
  return { id: filing.id, slug: filing.slug, textHash: filing.textHash, canonicalText: body.canonicalText };
}
