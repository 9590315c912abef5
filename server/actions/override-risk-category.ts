"use server";

import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { riskCategoryOverrideSchema, type RiskCategoryOverride } from "@/lib/filing/category-override";
import { mayCurateFiling } from "@/lib/permissions/filing-access";
import { currentUser } from "@/server/auth";
import { countFilingNotes } from "@/server/data/count-filing-notes";
import { getFilingSummary } from "@/server/data/get-filing-summary";
import { getViewer } from "@/server/data/get-viewer";
import { updateRiskCategory } from "@/server/data/update-risk-category";
import { rateLimitState } from "@/server/rate-limits";

/**
 * Sets an analyst's category on a risk factor (it wins over the detected one, for everyone),
 * or resets it: the filing's importer, or an owner of a workspace with notes on it. Recorded.
 */
export async function overrideRiskCategory(input: RiskCategoryOverride): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in to change a risk factor's category.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = riskCategoryOverrideSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message);
  const filing = await getFilingSummary({ slug: parsed.data.filingSlug });
  if (!filing) return failed("That filing no longer exists.");
  const viewer = await getViewer({ userId: user.id });
  if (!mayCurateFiling(viewer, filing, await countFilingNotes({ filingId: filing.id })))
    return failed(
      "Only the filing's importer, or the owner of a workspace with notes on it, can change its categories.",
    );
  const found = await updateRiskCategory({ ...parsed.data, userId: user.id });
  if (!found) return failed("That risk factor no longer exists. Reload the page.");
  revalidatePath(`/filings/${parsed.data.filingSlug}`);
  return { ok: true };
}
