import "server-only";
import { isFilingSlug } from "@/lib/filing/import-request";
import { db } from "../db";

/**
 * A filing's id, title parts, importer and version by slug, without its text or analysis:
 * what permission checks and live feeds need (a whole filing is megabytes to read and decode).
 */
export async function getFilingSummary(options: { slug: string }) {
  // Any text can arrive in a URL; what cannot be a slug (a NUL, say) names no filing.
  if (!isFilingSlug(options.slug)) return null;
  return db().filing.findUnique({
    where: { slug: options.slug },
    select: {
      id: true,
      slug: true,
      company: true,
      form: true,
      fiscalYear: true,
      tickers: true,
      cik: true,
      importedById: true,
      updatedAt: true,
    },
  });
}
