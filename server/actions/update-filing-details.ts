"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { mayReplaceFilingText, updateFilingDetailsSchema } from "@/lib/filing/import-request";
import { getFilingSummary } from "@/server/data/get-filing-summary";
import { updateFilingDetails as updateFilingDetailsRow } from "@/server/data/update-filing-details";
import { requestCompanyFacts } from "@/server/filings/request-company-facts";
import { userFormAction } from "@/server/user-action";

/**
 * The importer corrects what the filing says about itself (company, form, year, tickers, CIK,
 * dates, accession number) from the reader. A change made by someone else since the form was
 * shown is a conflict, never overwritten; the slug (and every link) stays. A new CIK, accession
 * or period asks EDGAR's companyfacts again for a filing without inline XBRL.
 */
export const updateFilingDetails = userFormAction(
  { schema: updateFilingDetailsSchema, signedOut: "Sign in first." },
  async ({ filingSlug, version, ...details }, user): Promise<ActionState> => {
    const filing = await getFilingSummary({ slug: filingSlug });
    if (!filing) return failed("That filing does not exist.");
    if (!mayReplaceFilingText(filing, user.id))
      return failed("Only the person who imported this filing can correct its details.");
    const updated = await updateFilingDetailsRow({
      filingId: filing.id,
      version: new Date(version),
      details,
    });
    // Company facts chosen by the old CIK, accession or period went with the change: ask again.
    if (updated.factsDetailsChanged)
      await requestCompanyFacts({ filingId: filing.id, cik: details.cik, inlineFacts: updated.inlineFacts });
    revalidatePath("/");
    revalidatePath(`/filings/${filing.slug}`);
    return { ok: true };
  },
);
