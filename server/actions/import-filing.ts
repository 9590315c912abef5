"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { filingSlug, importFilingSchema, type ImportFilingInput } from "@/lib/filing/import-request";
import { currentUser } from "@/server/auth";
import { createFiling } from "@/server/data/create-filing";
import { findFreeFilingSlug } from "@/server/data/find-free-filing-slug";
import { analyzeUpload } from "./analyze-upload";

/**
 * Imports a filing: validates the content and the confirmed metadata, analyses the text,
 * stores filing and analysis together, then opens it in the reader. Nothing is stored
 * when anything is wrong.
 */
export async function importFiling(_previous: ActionState, input: ImportFilingInput): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in to import filings.");
  const parsed = importFilingSchema.safeParse(input);
  const values = {
    company: String(input.company ?? ""),
    form: String(input.form ?? ""),
    fiscalYear: String(input.fiscalYear ?? ""),
  };
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  const { company, form, fiscalYear, fileName, content } = parsed.data;
  const result = analyzeUpload({ content, fileName });
  if (!result.ok) return failed(result.message, { content: [result.message] });
  const filing = {
    company,
    form,
    fiscalYear,
    sourceFileName: fileName || "pasted.txt",
    sourceContent: content,
    analysis: result.analysis,
    importedById: user.id,
  };
  let slug = await findFreeFilingSlug({ slug: filingSlug({ company, form, fiscalYear }) });
  try {
    await createFiling({ ...filing, slug });
  } catch {
    // Someone took the slug between our look-up and our write: take the next one once.
    slug = await findFreeFilingSlug({ slug });
    await createFiling({ ...filing, slug });
  }
  revalidatePath("/");
  redirect(`/filings/${slug}`);
}
