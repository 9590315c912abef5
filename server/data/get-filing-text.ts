import "server-only";
import { db } from "../db";

/** A filing's id, canonical text and text hash (what anchoring needs), by slug. */
export async function getFilingText(options: { slug: string }) {
  return db().filing.findUnique({
    where: { slug: options.slug },
    select: { id: true, slug: true, canonicalText: true, textHash: true },
  });
}
