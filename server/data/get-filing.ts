import "server-only";
import { cache } from "react";
import { isFilingSlug } from "@/lib/filing/import-request";
import { db } from "../db";
import { getFilingBody } from "./get-filing-body";

// Memoised per request by slug (React cache keys on argument identity: a string, not an object),
// so a page's metadata and body share one query.
const loadFiling = cache(async (slug: string) => {
  // Any text can arrive in a URL; what cannot be a slug (a NUL, say) names no filing.
  if (!isFilingSlug(slug)) return null;
  const filing = await db().filing.findUnique({
    where: { slug },
    include: {
      riskFactors: {
        orderBy: { ordinal: "asc" },
        // The last category change, shown on hover (who set it, when, from what).
        include: {
          categoryChanges: {
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { createdAt: true, from: true, to: true, user: { select: { name: true } } },
          },
        },
      },
    },
    omit: { sourceContent: true, canonicalText: true, analysis: true },
  });
  if (!filing) return null;
  const body = await getFilingBody({ id: filing.id, updatedAt: filing.updatedAt });
  if (!body) return null;
  return { ...filing, ...body };
});

/** Loads a filing with its analysis and risk factors by slug; null when there is none. */
export async function getFiling(options: { slug: string }) {
  return loadFiling(options.slug);
}

export type FilingWithAnalysis = NonNullable<Awaited<ReturnType<typeof getFiling>>>;
