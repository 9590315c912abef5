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
  /** The file as imported, kept so a newer analyzer can analyse it again. */
  sourceContent: string;
  analysis: FilingAnalysis;
}

/** The filing columns an analysis fills (shared by create and re-analysis). */
export function storedAnalysis(analysis: FilingAnalysis) {
  const stored: StoredAnalysis = {
    blocks: analysis.blocks,
    sections: analysis.sections,
    figures: analysis.figures,
    metadata: analysis.metadata,
  };
  return {
    canonicalText: analysis.text,
    textHash: createHash("sha256").update(analysis.text).digest("hex"),
    analysis: stored as object,
    analyzerVersion: ANALYZER_VERSION,
  };
}

/** A risk factor's row (without its filing). */
export function riskFactorRow(risk: FilingAnalysis["riskFactors"][number], ordinal: number) {
  return {
    blockId: risk.id,
    ordinal,
    title: risk.title,
    start: risk.start,
    end: risk.end,
    category: risk.category,
    categoryTerms: risk.categoryTerms,
  };
}

/**
 * Stores a filing with its analysis and risk factors in one transaction.
 * @returns the new filing's id and slug
 */
export async function createFiling(options: CreateFilingOptions): Promise<{ id: string; slug: string }> {
  const { analysis } = options;
  return db().filing.create({
    data: {
      slug: options.slug,
      company: options.company,
      form: options.form,
      fiscalYear: options.fiscalYear,
      sourceFileName: options.sourceFileName,
      sourceContent: options.sourceContent,
      ...storedAnalysis(analysis),
      riskFactors: { create: analysis.riskFactors.map(riskFactorRow) },
    },
    select: { id: true, slug: true },
  });
}
