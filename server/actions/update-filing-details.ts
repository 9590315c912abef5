"use server";

import { revalidatePath } from "next/cache";
import { failed, formValues, invalid, type ActionState } from "@/lib/action-state";
import { mayReplaceFilingText, updateFilingDetailsSchema } from "@/lib/filing/import-request";
import { currentUser } from "@/server/auth";
import { getFilingSummary } from "@/server/data/get-filing-summary";
import { updateFilingDetails as updateFilingDetailsRow } from "@/server/data/update-filing-details";
import { isAppError } from "@/server/errors";
import { rateLimitState } from "@/server/rate-limits";

/**
 * The importer corrects what the filing says about itself (company, form, year, tickers, CIK,
 * dates, accession number) from the reader. A change made by someone else since the form was
 * shown is a conflict, never overwritten; the slug (and every link) stays.
 */
export async function updateFilingDetails(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const values = formValues(formData);
  const parsed = updateFilingDetailsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  const { filingSlug, version, ...details } = parsed.data;
  const filing = await getFilingSummary({ slug: filingSlug });
  if (!filing) return failed("That filing does not exist.");
  if (!mayReplaceFilingText(filing, user.id))
    return failed("Only the person who imported this filing can correct its details.");
  try {
    await updateFilingDetailsRow({ filingId: filing.id, version: new Date(version), details });
  } catch (error) {
    if (isAppError(error)) return failed(error.message, {}, values);
    throw error;
  }
  revalidatePath("/");
  revalidatePath(`/filings/${filing.slug}`);
  return { ok: true };
}
