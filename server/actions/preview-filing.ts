"use server";

import { failed, type ActionState } from "@/lib/action-state";
import { filingContentSchema } from "@/lib/filing/import-request";
import type { DetectedMetadata } from "@/lib/filing/types";
import { filingTextHash } from "@/lib/filing/text-hash";
import { findDuplicateFiling } from "@/server/data/find-duplicate-filing";
import { userAction } from "@/server/user-action";
import { analyzeUpload } from "@/server/filings/analyze-upload";
import { filingTitle } from "@/lib/filing/format-metadata";

export interface FilingPreview {
  metadata: DetectedMetadata;
  sections: number;
  riskFactors: number;
  figures: number;
  tables: number;
  characters: number;
  /** The same filing, already in the library (same accession number or same text). */
  duplicate: { slug: string; title: string } | null;
}

/**
 * Analyses a filing without storing it, so the user can check what was found, correct the
 * detected metadata before importing, and learn when the library has it already.
 */
export const previewFiling = userAction(
  { schema: filingContentSchema, signedOut: "Sign in to import filings.", limit: "analysis" },
  async (input): Promise<ActionState<FilingPreview>> => {
    const result = analyzeUpload(input);
    if (!result.ok) return failed(result.message, { content: [result.message] });
    const { analysis } = result;
    const duplicate = await findDuplicateFiling({
      accessionNumber: analysis.metadata.accessionNumber,
      textHash: filingTextHash(analysis.text),
    });
    return {
      ok: true,
      data: {
        metadata: analysis.metadata,
        sections: analysis.sections.length,
        riskFactors: analysis.riskFactors.length,
        figures: analysis.figures.length,
        tables: analysis.blocks.filter((block) => block.kind === "table").length,
        characters: analysis.text.length,
        duplicate: duplicate ? { slug: duplicate.slug, title: filingTitle(duplicate) } : null,
      },
    };
  },
);
