import "server-only";
import { analyzeFiling } from "@/lib/filing/analyze";
import { FilingReadError } from "@/lib/filing/errors";
import type { FilingAnalysis } from "@/lib/filing/types";

/**
 * Analyses uploaded content, turning an unreadable file into a message for the user.
 * The preview, the import and the text replacement share it.
 */
export function analyzeUpload(input: {
  content: string;
  fileName: string;
}): { ok: true; analysis: FilingAnalysis } | { ok: false; message: string } {
  try {
    return {
      ok: true,
      analysis: analyzeFiling({ content: input.content, fileName: input.fileName || undefined }),
    };
  } catch (error) {
    if (error instanceof FilingReadError) return { ok: false, message: error.message };
    throw error;
  }
}
