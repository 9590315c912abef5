import "server-only";
import { isFilingSlug } from "@/lib/filing/import-request";
import { db } from "../db";

/** A filing's id, canonical text and text hash (what anchoring needs), by slug. */
export async function getFilingText(options: { slug: string }) {
  // Any text can arrive in a URL; what cannot be a slug (a NUL, say) names no filing.
  if (!isFilingSlug(options.slug)) return null;
  return db().filing.findUnique({
    where: { slug: options.slug },
    select: { id: true, slug: true, canonicalText: true, textHash: true },
  });
}
