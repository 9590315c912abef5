"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { filingSlug, importFilingSchema, type ImportFilingInput } from "@/lib/filing/import-request";
import { currentUser } from "@/server/auth";
import { filingTextHash } from "@/lib/filing/text-hash";
import { createFiling } from "@/server/data/create-filing";
import { findDuplicateFiling } from "@/server/data/find-duplicate-filing";
import { findFreeFilingSlug } from "@/server/data/find-free-filing-slug";
import { analyzeUpload } from "./analyze-upload";
import { rateLimitState } from "@/server/rate-limits";

/**
 * Imports a filing: validates the content and the confirmed metadata, analyses the text,
 * stores filing and analysis together, then opens it in the reader. The same filing imported
 * again (same accession number or same text) opens the one already there, unless the importer
 * deliberately asked for a new copy. Nothing is stored when anything is wrong.
 */
export async function importFiling(_previous: ActionState, input: ImportFilingInput): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in to import filings.");
  const limited = rateLimitState(user.id, "analysis");
  if (limited) return limited;
  const parsed = importFilingSchema.safeParse(input);
  const text = (value: unknown) => (Array.isArray(value) ? value.join(", ") : String(value ?? ""));
  const values = Object.fromEntries(
    (
      [
        "company",
        "form",
        "fiscalYear",
        "tickers",
        "cik",
        "periodOfReport",
        "filingDate",
        "accessionNumber",
      ] as const
    ).map((name) => [name, text(input[name])]),
  );
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  const { company, form, fiscalYear, fileName, content, asNewCopy, ...details } = parsed.data;
  const result = analyzeUpload({ content, fileName });
  if (!result.ok) return failed(result.message, { content: [result.message] });
  if (!asNewCopy) {
    const existing = await findDuplicateFiling({
      accessionNumber: details.accessionNumber,
      textHash: filingTextHash(result.analysis.text),
    });
    if (existing) redirect(`/filings/${existing.slug}?already=1`);
  }
  const filing = {
    company,
    form,
    fiscalYear,
    ...details,
    sourceFileName: fileName || "pasted.txt",
    sourceContent: content,
    analysis: result.analysis,
    importedById: user.id,
  };
  let slug = await findFreeFilingSlug({
    slug: filingSlug({ company, form, fiscalYear, tickers: details.tickers }),
  });
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
