"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { riskCategoryOverrideSchema } from "@/lib/filing/category-override";
import { mayCurateFiling } from "@/lib/permissions/filing-access";
import { countFilingNotes } from "@/server/data/count-filing-notes";
import { getFilingSummary } from "@/server/data/get-filing-summary";
import { getViewer } from "@/server/data/get-viewer";
import { updateRiskCategory } from "@/server/data/update-risk-category";
import { userAction } from "@/server/user-action";

/**
 * Sets an analyst's category on a risk factor (it wins over the detected one, for everyone),
 * or resets it: the filing's importer, or an owner of a workspace with notes on it. Recorded.
 */
export const overrideRiskCategory = userAction(
  { schema: riskCategoryOverrideSchema, signedOut: "Sign in to change a risk factor's category." },
  async (input, user): Promise<ActionState> => {
    const filing = await getFilingSummary({ slug: input.filingSlug });
    if (!filing) return failed("That filing no longer exists.");
    const viewer = await getViewer({ userId: user.id });
    if (!mayCurateFiling(viewer, filing, await countFilingNotes({ filingId: filing.id })))
      return failed(
        "Only the filing's importer, or the owner of a workspace with notes on it, can change its categories.",
      );
    const found = await updateRiskCategory({ ...input, userId: user.id });
    if (!found) return failed("That risk factor no longer exists. Reload the page.");
    revalidatePath(`/filings/${input.filingSlug}`);
    return { ok: true };
  },
);
