import "server-only";
import { filingSlug, type FilingDetails } from "@/lib/filing/import-request";
import { filingTextHash } from "@/lib/filing/text-hash";
import { factsOfFiling } from "@/lib/xbrl/filing-facts";
import { createFiling } from "@/server/data/create-filing";
import { findDuplicateFiling } from "@/server/data/find-duplicate-filing";
import { findFreeFilingSlug } from "@/server/data/find-free-filing-slug";
import { AppError } from "@/server/errors";
import { analyzeUpload } from "./analyze-upload";
import { requestCompanyFacts } from "./request-company-facts";

/**
 * Imports a filing, the one way for every path (the library's import form, and what comes
 * after it): analyses the text and stores filing and analysis together under a free slug.
 * The same filing imported again (same accession number or same text) is not stored twice:
 * the one already there is answered (`existing`), unless a new copy was asked for. A filing
 * without inline XBRL but with a CIK is queued to get its facts from EDGAR's companyfacts
 * (requestCompanyFacts: in the background, never failing the import).
 * @throws AppError "unreadable-filing" when the content cannot be read as a filing
 */
export async function importFiling(options: {
  /** Who imports it (null: shipped with the app). */
  importedById: string | null;
  fileName: string;
  /** The document, already validated (type, size). */
  content: string;
  company: string;
  form: string;
  fiscalYear: number | null;
  details: FilingDetails;
  asNewCopy: boolean;
  /** Told as the import moves on, for a progress bar. */
  onStage?: (stage: "analysing" | "storing") => Promise<void>;
}): Promise<{ slug: string; existing: boolean }> {
  const { company, form, fiscalYear, details } = options;
  await options.onStage?.("analysing");
  const result = analyzeUpload({ content: options.content, fileName: options.fileName });
  if (!result.ok)
    throw new AppError("unreadable-filing", result.message, { fieldErrors: { content: [result.message] } });
  if (!options.asNewCopy) {
    const existing = await findDuplicateFiling({
      accessionNumber: details.accessionNumber,
      textHash: filingTextHash(result.analysis.text),
    });
    if (existing) return { slug: existing.slug, existing: true };
  }
  await options.onStage?.("storing");
  const filing = {
    company,
    form,
    fiscalYear,
    ...details,
    sourceFileName: options.fileName || "pasted.txt",
    sourceContent: options.content,
    analysis: result.analysis,
    facts: factsOfFiling(options.content, result.analysis.text),
    importedById: options.importedById,
  };
  let slug = await findFreeFilingSlug({
    slug: filingSlug({ company, form, fiscalYear, tickers: details.tickers }),
  });
  let created: { id: string };
  try {
    created = await createFiling({ ...filing, slug });
  } catch {
    // Someone took the slug between our look-up and our write: take the next one once.
    slug = await findFreeFilingSlug({ slug });
    created = await createFiling({ ...filing, slug });
  }
  // Without inline XBRL, its figures may still be checked against what EDGAR holds of it.
  await requestCompanyFacts({ filingId: created.id, cik: details.cik, inlineFacts: filing.facts.length });
  return { slug, existing: false };
}
