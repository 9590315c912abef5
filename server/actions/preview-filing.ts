"use server";

import { failed, invalid, type ActionState } from "@/lib/action-state";
import { filingContentSchema } from "@/lib/filing/import-request";
import type { DetectedMetadata } from "@/lib/filing/types";
import { currentUser } from "@/server/auth";
import { analyzeUpload } from "./analyze-upload";

export interface FilingPreview {
  metadata: DetectedMetadata;
  sections: number;
  riskFactors: number;
  figures: number;
  characters: number;
}

/**
 * Analyses a filing without storing it, so the user can check what was found and correct
 * the detected company, form and fiscal year before importing.
 */
export async function previewFiling(input: {
  fileName: string;
  content: string;
}): Promise<ActionState<FilingPreview>> {
  if (!(await currentUser())) return failed("Sign in to import filings.");
  const parsed = filingContentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message);
  const result = analyzeUpload(parsed.data);
  if (!result.ok) return failed(result.message, { content: [result.message] });
  const { analysis } = result;
  return {
    ok: true,
    data: {
      metadata: analysis.metadata,
      sections: analysis.sections.length,
      riskFactors: analysis.riskFactors.length,
      figures: analysis.figures.length,
      characters: analysis.text.length,
    },
  };
}
