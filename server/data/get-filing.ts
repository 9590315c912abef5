import "server-only";
import { db } from "../db";
import type { StoredAnalysis } from "./create-filing";

/** Loads a filing with its analysis and risk factors by slug; null when there is none. */
export async function getFiling(options: { slug: string }) {
  const filing = await db().filing.findUnique({
    where: { slug: options.slug },
    include: { riskFactors: { orderBy: { ordinal: "asc" } } },
  });
  if (!filing) return null;
  return { ...filing, analysis: filing.analysis as unknown as StoredAnalysis };
}

export type FilingWithAnalysis = NonNullable<Awaited<ReturnType<typeof getFiling>>>;
