"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, type ActionState } from "@/lib/action-state";
import {
  filingContentSchema,
  mayReplaceFilingText,
  replaceFilingTextSchema,
} from "@/lib/filing/import-request";
import { currentUser } from "@/server/auth";
import { getFiling } from "@/server/data/get-filing";
import { updateFilingAnalysis } from "@/server/data/update-filing-analysis";
import { analyzeUpload } from "./analyze-upload";
import { rateLimitState } from "@/server/rate-limits";

/**
 * Replaces a filing's text with a corrected version (an amendment, a cleaner copy), keeping
 * the filing and its notes: each note is found again in the new text by its quote, and those
 * that cannot be are listed as orphaned, never dropped. Only the filing's importer may.
 */
export async function replaceFilingText(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in to replace a filing's text.");
  const limited = rateLimitState(user.id, "analysis");
  if (limited) return limited;
  const parsed = replaceFilingTextSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Choose a file.";
    return failed(message, { file: [message] });
  }
  const { filingSlug, file } = parsed.data;
  const filing = await getFiling({ slug: filingSlug });
  // Filings are public: saying it exists leaks nothing, but only its importer may replace it.
  if (!filing) return failed("That filing does not exist.");
  if (!mayReplaceFilingText(filing, user.id))
    return failed("Only the person who imported this filing can replace its text.");
  const content = filingContentSchema.safeParse({ fileName: file.name, content: await file.text() });
  if (!content.success) {
    const message = content.error.issues[0]?.message ?? "The file could not be read.";
    return failed(message, { file: [message] });
  }
  const result = analyzeUpload(content.data);
  if (!result.ok) return failed(result.message, { file: [result.message] });
  if (result.analysis.text === filing.canonicalText)
    return failed("That file has the same text as the filing: nothing changed.", {
      file: ["Same text as the filing."],
    });
  await updateFilingAnalysis({
    filingId: filing.id,
    analysis: result.analysis,
    sourceContent: content.data.content,
    sourceFileName: content.data.fileName,
  });
  revalidatePath(`/filings/${filing.slug}`);
  redirect(`/filings/${filing.slug}`);
}
