import "server-only";
import { createHash } from "node:crypto";
import type { FilingAnalysis } from "@/lib/filing/types";
import { ANALYZER_VERSION } from "@/lib/filing/version";
import { db } from "../db";

/** What is stored of an analysis beside the text and the risk-factor rows. */
export type StoredAnalysis = Pick<FilingAnalysis, "blocks" | "sections" | "figures" | "metadata">;

export interface CreateFilingOptions {
  slug: string;
  company: string;
  form: string;
  fiscalYear: number | null;
  sourceFileName: string;
  analysis: FilingAnalysis;
}

/**
 * Stores a filing with its analysis and risk factors in one transaction.
 * @returns the new filing's id and slug
 */
export async function createFiling(options: CreateFilingOptions): Promise<{ id: string; slug: string }> {
  const { analysis } = options;
  const stored: StoredAnalysis = {
    blocks: analysis.blocks,
    sections: analysis.sections,
    figures: analysis.figures,
    metadata: analysis.metadata,
  };
  return db().filing.create({
    data: {
      slug: options.slug,
      company: options.company,
      form: options.form,
      fiscalYear: options.fiscalYear,
      sourceFileName: options.sourceFileName,
      canonicalText: analysis.text,
      textHash: createHash("sha256").update(analysis.text).digest("hex"),
      analysis: stored as object,
      analyzerVersion: ANALYZER_VERSION,
      riskFactors: {
        create: analysis.riskFactors.map((risk, ordinal) => ({
          blockId: risk.id,
          ordinal,
          title: risk.title,
          start: risk.start,
          end: risk.end,
          category: risk.category,
          categoryTerms: risk.categoryTerms,
        })),
      },
    },
    select: { id: true, slug: true },
  });
}
