import "server-only";
import { filingTextHash } from "@/lib/filing/text-hash";
import type { StoredAnalysis } from "@/lib/filing/stored-analysis";
import type { FilingAnalysis } from "@/lib/filing/types";
import { ANALYZER_VERSION } from "@/lib/filing/version";
import type { PlacedFact } from "@/lib/xbrl/filing-facts";
import { Prisma } from "@/prisma/generated/client";
import { db } from "../db";

/** What is stored of an analysis beside the text and the risk-factor rows. */

export interface CreateFilingOptions {
  slug: string;
  company: string;
  form: string;
  fiscalYear: number | null;
  /** What else the document said about itself, as confirmed by the importer. */
  cik?: string | null;
  tickers?: string[];
  periodOfReport?: string | null;
  filingDate?: string | null;
  accessionNumber?: string | null;
  sourceFileName: string;
  /** The file as imported, kept so a newer analyzer can analyse it again. */
  sourceContent: string;
  analysis: FilingAnalysis;
  /** Its inline XBRL facts, placed in the analysis's text (none for other filings). */
  facts?: readonly PlacedFact[];
  /** Who imported it (null for the shipped sample and scripts). */
  importedById?: string | null;
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
    textHash: filingTextHash(analysis.text),
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
 * A filing's facts as rows (without their filing), in order: its inline XBRL's, or those EDGAR's
 * companyfacts holds for it (`source`).
 */
export function factRows(facts: readonly PlacedFact[], source: "inline" | "companyfacts" = "inline") {
  return facts.map((fact, ordinal) => ({
    ordinal,
    concept: fact.concept,
    value: fact.value === null ? Prisma.JsonNull : fact.value,
    unit: fact.unit ?? null,
    period: fact.period,
    decimals: fact.decimals === undefined ? null : String(fact.decimals),
    dimensions: fact.dimensions,
    hidden: fact.hidden,
    start: fact.start ?? null,
    end: fact.end ?? null,
    source,
  }));
}

/** The filing's blocks as passage rows for search (the text of each block, by offsets). */
export function passageRows(analysis: FilingAnalysis) {
  return analysis.blocks.map((block, ordinal) => ({
    blockId: block.id,
    ordinal,
    kind: block.kind,
    start: block.start,
    end: block.end,
    // NUL cannot be stored in PostgreSQL text; the canonical text never has one, but be sure.
    text: analysis.text.slice(block.start, block.end).replaceAll("\u0000", ""),
  }));
}

/**
 * Stores a filing with its analysis, risk factors, search passages and inline XBRL facts in
 * one transaction.
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
      cik: options.cik ?? null,
      tickers: options.tickers ?? [],
      periodOfReport: options.periodOfReport ?? null,
      filingDate: options.filingDate ?? null,
      accessionNumber: options.accessionNumber ?? null,
      sourceFileName: options.sourceFileName,
      sourceContent: options.sourceContent,
      importedById: options.importedById ?? null,
      ...storedAnalysis(analysis),
      riskFactors: { create: analysis.riskFactors.map(riskFactorRow) },
      passages: { createMany: { data: passageRows(analysis) } },
      facts: { createMany: { data: factRows(options.facts ?? []) } },
    },
    select: { id: true, slug: true },
  });
}
