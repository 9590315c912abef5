import "server-only";
import { isFilingSlug } from "@/lib/filing/import-request";
import { RecentlyUsed } from "@/lib/recently-used";
import { db } from "../db";
import { getFilingBody } from "./get-filing-body";

/** A filing row's version as last read by this process, by slug. */
interface FilingVersion {
  id: string;
  slug: string;
  textHash: string;
  updatedAt: Date;
}
const globalForVersions = globalThis as unknown as {
  marginaliaFilingVersions?: RecentlyUsed<string, FilingVersion>;
};
const versions = (globalForVersions.marginaliaFilingVersions ??= new RecentlyUsed(64));

/**
 * A filing's id, canonical text and text hash (what anchoring needs), by slug, with the row's
 * version (`updatedAt`). The text comes from the process's cache of filing bodies, with its
 * anchoring view (`preparedText`): creating a note must not read or normalise megabytes of text.
 * @param options.reuse answer from this process's last read of the slug without asking the
 * database (one round trip less per note created); the version may then be stale, so only for
 * a caller that writes on condition that the version is still current (see createAnnotation's
 * `filingVersion`) and reads again when it is not.
 */
export async function getFilingText(options: { slug: string; reuse?: boolean }) {
  // Any text can arrive in a URL; what cannot be a slug (a NUL, say) names no filing.
  if (!isFilingSlug(options.slug)) return null;
  const filing =
    (options.reuse ? versions.get(options.slug) : undefined) ??
    (await db().filing.findUnique({
      where: { slug: options.slug },
      select: { id: true, slug: true, textHash: true, updatedAt: true },
    }));
  if (!filing) {
    versions.deleteWhere((slug) => slug === options.slug);
    return null;
  }
  const body = await getFilingBody({ id: filing.id, updatedAt: filing.updatedAt });
  if (!body) {
    versions.deleteWhere((slug) => slug === options.slug);
    return null;
  }
  versions.set(filing.slug, filing);
  return {
    id: filing.id,
    slug: filing.slug,
    textHash: filing.textHash,
    updatedAt: filing.updatedAt,
    canonicalText: body.canonicalText,
    preparedText: body.prepared,
  };
}
