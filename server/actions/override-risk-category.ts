"use server";

import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { riskCategoryOverrideSchema, type RiskCategoryOverride } from "@/lib/filing/category-override";
import { currentUser } from "@/server/auth";
import { updateRiskCategory } from "@/server/data/update-risk-category";

/** Sets an analyst's category on a risk factor (it wins over the detected one), or resets it. */
export async function overrideRiskCategory(input: RiskCategoryOverride): Promise<ActionState> {
  if (!(await currentUser())) return failed("Sign in to change a risk factor's category.");
  const parsed = riskCategoryOverrideSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message);
  const found = await updateRiskCategory(parsed.data);
  if (!found) return failed("That risk factor no longer exists. Reload the page.");
  revalidatePath(`/filings/${parsed.data.filingSlug}`);
  return { ok: true };
}
