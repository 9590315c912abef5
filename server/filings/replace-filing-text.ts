import { factsOfFiling } from "@/lib/xbrl/filing-facts";
import "server-only";
import { filingContentSchema, mayReplaceFilingText } from "@/lib/filing/import-request";
import { getFiling } from "@/server/data/get-filing";
import { updateFilingAnalysis } from "@/server/data/update-filing-analysis";
import { AppError } from "@/server/errors";
import { analyzeUpload } from "./analyze-upload";
import { requestCompanyFacts } from "./request-company-facts";

/**
 * Replaces a filing's text with a corrected version (an amendment, a cleaner copy), keeping the
 * filing and its notes: in the same transaction every note is anchored again in the new text
 * and its new position stored, or it is marked orphaned — never dropped. Only the filing's
 * importer may.
 * @throws AppError "not-found", "forbidden", "invalid-input" (unreadable, or the same text)
 */
export async function replaceFilingText(options: {
  userId: string;
  filingSlug: string;
  fileName: string;
  content: string;
}): Promise<{ slug: string }> {
  const filing = await getFiling({ slug: options.filingSlug });
  // Filings are public: saying it exists leaks nothing, but only its importer may replace it.
  if (!filing) throw new AppError("not-found", "That filing does not exist.");
  if (!mayReplaceFilingText(filing, options.userId))
    throw new AppError("forbidden", "Only the person who imported this filing can replace its text.");
  const fileProblem = (message: string) =>
    new AppError("invalid-input", message, { fieldErrors: { file: [message] } });
  const content = filingContentSchema.safeParse({ fileName: options.fileName, content: options.content });
  if (!content.success) throw fileProblem(content.error.issues[0]?.message ?? "The file could not be read.");
  const result = analyzeUpload(content.data);
  if (!result.ok) throw fileProblem(result.message);
  if (result.analysis.text === filing.canonicalText)
    throw new AppError("invalid-input", "That file has the same text as the filing: nothing changed.", {
      fieldErrors: { file: ["Same text as the filing."] },
    });
  const facts = factsOfFiling(content.data.content, result.analysis.text);
  await updateFilingAnalysis({
    filingId: filing.id,
    analysis: result.analysis,
    facts,
    sourceContent: content.data.content,
    sourceFileName: content.data.fileName,
  });
  // A text without inline XBRL may still be checked against what EDGAR holds of the filing.
  await requestCompanyFacts({ filingId: filing.id, cik: filing.cik, inlineFacts: facts.length });
  return { slug: filing.slug };
}
